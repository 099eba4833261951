using System.Collections.Concurrent;
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
    private DateTimeOffset _lastFeedbackRetry = DateTimeOffset.MinValue;
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
            return ProcessLocked(file, deferFeedback: false);
        }
    }

    /// <summary>
    /// Processes a batch and then publishes the master. Feedback (a workbook per file, and a copy
    /// with highlighted cells) costs about as much as checking, so it is written on the second core
    /// while this thread checks the next file; archive, ledger and master stay on this thread, in
    /// file order, so outcomes and ledger ids do not depend on timing. A feedback write that fails or
    /// is cut short by a crash leaves its row marked "feedback missing", which start-up finishes.
    /// </summary>
    public (IReadOnlyList<ProcessResult> Results, string MasterPath) ProcessAllThenPublish(IReadOnlyList<InboxFile> files, Action<int, InboxFile>? progress = null)
    {
        var results = new List<ProcessResult>(files.Count);
        using var queue = new BlockingCollection<FeedbackJob>(boundedCapacity: 8);
        var written = new ConcurrentQueue<long>();
        var writer = Task.Factory.StartNew(
            () =>
            {
                foreach (var job in queue.GetConsumingEnumerable())
                {
                    try
                    {
                        job.Write();
                        written.Enqueue(job.SubmissionId);
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        Log.FeedbackFailed(_logger, ex, job.Input.FileName);
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        lock (_gate)
        {
            string master;
            try
            {
                for (var i = 0; i < files.Count; i++)
                {
                    progress?.Invoke(i, files[i]);
                    var result = ProcessLocked(files[i], deferFeedback: true);
                    if (result.Feedback is { } job)
                    {
                        queue.Add(job);
                    }

                    results.Add(result with { Feedback = null });
                    MarkWritten(written);
                }

                queue.CompleteAdding();
                master = _publisher.Publish(_processor.State.All, _processor.State.Published);
            }
            finally
            {
                queue.CompleteAdding();
                writer.GetAwaiter().GetResult();
                MarkWritten(written);
            }

            return (results, master);
        }
    }

    /// <summary>Retries feedback that could not be written (full disk, locked file), at most once a minute.</summary>
    public void RetryMissingFeedback(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now - _lastFeedbackRetry < TimeSpan.FromMinutes(1))
            {
                return;
            }

            _lastFeedbackRetry = now;
            _processor.RetryMissingFeedback();
        }
    }

    private void MarkWritten(ConcurrentQueue<long> written)
    {
        var ids = new List<long>();
        while (written.TryDequeue(out var id))
        {
            ids.Add(id);
        }

        if (ids.Count > 0)
        {
            _processor.FeedbackWritten(ids);
        }
    }

    private ProcessResult ProcessLocked(InboxFile file, bool deferFeedback)
    {
        try
        {
            return _processor.Process(file, deferFeedback);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Disk full, a locked feedback file, a vanished file: the inbox file (or the pending
            // ledger row) is still there, so the next scan or start-up retries it.
            Log.ProcessFailed(_logger, ex, file.Path);
            return ProcessResult.NotReady(file);
        }
    }

    public string PublishMaster()
    {
        lock (_gate)
        {
            return _publisher.Publish(_processor.State.All, _processor.State.Published);
        }
    }
}
