using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// One pass over the inbox — the pipeline both <c>once</c> and <c>watch</c> use, so they never disagree.
/// Files are processed one at a time in a stable order; the master is published by the caller.
/// </summary>
internal sealed class IngestRun
{
    private readonly RootLayout _layout;
    private readonly Catalogue _catalogue;
    private readonly IngestProcessor _processor;
    private readonly MasterPublisher _publisher;
    private readonly ILogger<IngestRun> _logger;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _noticed = new(StringComparer.Ordinal);
    private bool _recovered;

    public IngestRun(RootLayout layout, Catalogue catalogue, IngestProcessor processor, MasterPublisher publisher, ILogger<IngestRun> logger)
    {
        _layout = layout;
        _catalogue = catalogue;
        _processor = processor;
        _publisher = publisher;
        _logger = logger;
    }

    public RootLayout Layout => _layout;

    /// <summary>Creates the folders and finishes what a previous run left unfinished.</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_recovered)
            {
                return;
            }

            _layout.EnsureFor(_catalogue.Divisions.Select(d => d.Code));
            TempFiles.Sweep(_layout);
            var count = _processor.Recover();
            if (count > 0)
            {
                Log.Recovered(_logger, count);
            }

            _recovered = true;
        }
    }

    public IReadOnlyList<InboxFile> Pending()
        => [.. InboxScanner.Scan(_layout, _catalogue, Notice)
            .OrderBy(f => f.LastWriteUtc).ThenBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>Each stray file or folder is logged once per run, not on every scan.</summary>
    private void Notice(string notice)
    {
        lock (_noticed)
        {
            if (_noticed.Add(notice))
            {
                Log.InboxNotice(_logger, notice);
            }
        }
    }

    public ProcessResult Process(InboxFile file)
    {
        lock (_gate)
        {
            try
            {
                return _processor.Process(file);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Disk full, a locked feedback file, a vanished file: the inbox file (or the pending
                // ledger row) is still there, so the next scan or start-up retries it.
                Log.ProcessFailed(_logger, ex, file.Path);
                return ProcessResult.NotReady(file);
            }
        }
    }

    public string PublishMaster()
    {
        lock (_gate)
        {
            return _publisher.Publish(_processor.State.All);
        }
    }
}
