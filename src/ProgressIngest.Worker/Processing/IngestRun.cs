using Microsoft.Extensions.Logging;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Drives the <see cref="IngestPipeline"/> over the inbox for both <c>once</c> and <c>watch</c>, so they never disagree:
/// one file at a time under one lock, in a stable order, counting attempts at files that cannot be opened.
/// </summary>
internal sealed partial class IngestRun
{
    private static readonly TimeSpan FeedbackRetryInterval = TimeSpan.FromMinutes(1);

    private readonly RootLayout _layout;
    private readonly Catalogue _catalogue;
    private readonly IngestPipeline _pipeline;
    private readonly MasterPublisher _publisher;
    private readonly SubmissionLedger _ledger;
    private readonly TimeProvider _clock;
    private readonly ILogger<IngestRun> _logger;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _noticed = new(StringComparer.Ordinal);
    private readonly OpenAttempts _openAttempts = new();
    private long? _lastFeedbackRetry;
    private bool _recovered;

    public IngestRun(RootLayout layout, Catalogue catalogue, IngestPipeline pipeline, MasterPublisher publisher, SubmissionLedger ledger, TimeProvider clock, ILogger<IngestRun> logger)
    {
        _layout = layout;
        _catalogue = catalogue;
        _pipeline = pipeline;
        _publisher = publisher;
        _ledger = ledger;
        _clock = clock;
        _logger = logger;
    }

    public RootLayout Layout => _layout;

    /// <summary>The reporting cycle's processed submissions, as recorded.</summary>
    public IReadOnlyList<Core.Merging.SubmissionRecord> Submissions => _pipeline.State.All;

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
            var count = _pipeline.Recover();
            if (count > 0)
            {
                Log.Recovered(_logger, count);
            }

            _recovered = true;
        }
    }

    /// <exception cref="LedgerUnusableException">The ledger file was deleted or replaced since start-up.</exception>
    public void EnsureLedger() => _ledger.EnsureStillAtItsPath();

    /// <summary>What is waiting, oldest first; a file already answered as unopenable is left alone until it changes.</summary>
    public IReadOnlyList<InboxFile> Pending()
        => [.. InboxScanner.Scan(_layout, _catalogue, Notice, Skipped)
            .Where(f => !_openAttempts.IsAnswered(f))
            .OrderBy(f => f.LastWriteUtc).ThenBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>Each stray file or folder is logged once per run, not on every scan.</summary>
    private void Notice(string notice)
    {
        if (FirstTime(notice))
        {
            Log.InboxNotice(_logger, notice);
        }
    }

    /// <summary>Each ignored name (hidden, lock and temporary files) is logged once per run, at Information.</summary>
    private void Skipped(string path)
    {
        if (FirstTime(path))
        {
            Log.Skipped(_logger, path);
        }
    }

    private bool FirstTime(string key)
    {
        lock (_noticed)
        {
            return _noticed.Add(key);
        }
    }

    public ProcessResult Process(InboxFile file)
    {
        lock (_gate)
        {
            return ProcessLocked(file, _pipeline.Inline);
        }
    }

    /// <summary>Retries feedback that could not be written (full disk, locked file), at most once a minute.</summary>
    public void RetryMissingFeedback()
    {
        lock (_gate)
        {
            if (_lastFeedbackRetry is { } last && _clock.GetElapsedTime(last) < FeedbackRetryInterval)
            {
                return;
            }

            _lastFeedbackRetry = _clock.GetTimestamp();
            _pipeline.RetryMissingFeedback();
        }
    }

    private ProcessResult ProcessLocked(InboxFile file, IFeedbackSink feedback)
    {
        ProcessResult result;
        try
        {
            result = _pipeline.Process(file, feedback);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or LedgerUnusableException))
        {
            // Disk full under archive/, a vanished file, a duplicate notice that could not be written: the inbox
            // file (or the pending ledger row) is still there, so the next scan or start-up retries it. (A check
            // result's feedback failing is not one of these: its sink leaves the row "feedback missing".)
            Log.ProcessFailed(_logger, ex, file.Path);
            return ProcessResult.NotReady(file);
        }

        if (result.OpenProblem is null)
        {
            _openAttempts.Succeeded(file);
            return result;
        }

        if (!_openAttempts.Failed(file))
        {
            return result;
        }

        try
        {
            _pipeline.AnswerUnopenable(file, result.OpenProblem);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.FeedbackFailed(_logger, ex, file.Name);
        }

        return result with { GaveUp = true };
    }

    public string PublishMaster()
    {
        lock (_gate)
        {
            return _publisher.Publish(_pipeline.State.All, _pipeline.State.Published);
        }
    }
}
