using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Watching;

/// <summary>
/// The service: watches inbox/ and processes each file once it has settled. The periodic scan is the
/// source of truth (watchers drop events on shares and overflow under load); the watcher only wakes
/// the loop early. The master is rebuilt once the inbox has been quiet, not once per file.
/// </summary>
internal sealed class IngestWorker : BackgroundService
{
    private readonly IngestRun _run;
    private readonly IngestOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<IngestWorker> _logger;
    private readonly SemaphoreSlim _wake = new(0);

    public IngestWorker(IngestRun run, IOptions<IngestOptions> options, TimeProvider clock, ILogger<IngestWorker> logger)
    {
        _run = run;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        _run.Start();
        using var watcher = CreateWatcher();
        var settle = TimeSpan.FromSeconds(_options.SettleSeconds);
        var scanInterval = TimeSpan.FromSeconds(_options.ScanIntervalSeconds);
        var quiet = TimeSpan.FromSeconds(_options.MasterQuietSeconds);
        var tracker = new SettleTracker(settle);
        var masterDirty = true;
        var lastActivity = _clock.GetUtcNow();
        Log.Watching(_logger, _run.Layout.Root, settle.TotalSeconds, scanInterval.TotalSeconds);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                masterDirty = Pass(tracker, masterDirty, ref lastActivity, quiet, stoppingToken);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The service must outlive any one bad moment (a share that vanished, a full disk).
                Log.LoopFailed(_logger, ex);
            }

            var wait = tracker.HasUnsettled ? TimeSpan.FromMilliseconds(Math.Max(100, settle.TotalMilliseconds / 2))
                : masterDirty ? TimeSpan.FromMilliseconds(Math.Max(100, quiet.TotalMilliseconds / 2))
                : scanInterval;
            try
            {
                await _wake.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            while (_wake.CurrentCount > 0)
            {
                _wake.Wait(0, CancellationToken.None);
            }
        }
    }

    /// <summary>One scan: process what has settled, then publish the master if the inbox has been quiet long enough.</summary>
    /// <returns>Whether the master still needs rebuilding.</returns>
    private bool Pass(SettleTracker tracker, bool masterDirty, ref DateTimeOffset lastActivity, TimeSpan quiet, CancellationToken stoppingToken)
    {
        var now = _clock.GetUtcNow();
        var ready = tracker.Ready(_run.Pending(), now);
        foreach (var file in ready)
        {
            // Graceful shutdown: finish the file in hand, start no new one.
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            var result = _run.Process(file);
            tracker.Forget(file.Path);
            if (result.Outcome is not null)
            {
                masterDirty = true;
                lastActivity = _clock.GetUtcNow();
            }
        }

        _run.RetryMissingFeedback(_clock.GetUtcNow());
        if (masterDirty && !tracker.HasUnsettled && _clock.GetUtcNow() - lastActivity >= quiet)
        {
            try
            {
                _run.PublishMaster();
                masterDirty = false;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.MasterFailed(_logger, ex);
            }
        }

        return masterDirty;
    }

    private FileSystemWatcher? CreateWatcher()
    {
        try
        {
            var watcher = new FileSystemWatcher(_run.Layout.Inbox)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite | NotifyFilters.DirectoryName,
                InternalBufferSize = 64 * 1024,
            };
            FileSystemEventHandler wake = (_, e) =>
            {
                if (!e.FullPath.Contains($"{Path.DirectorySeparatorChar}feedback", StringComparison.Ordinal))
                {
                    _wake.Release();
                }
            };
            watcher.Created += wake;
            watcher.Changed += wake;
            watcher.Renamed += (_, _) => _wake.Release();
            watcher.Error += (_, e) =>
            {
                Log.WatcherError(_logger, e.GetException());
                _wake.Release();
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // Without a watcher (inotify limit, unsupported share) the periodic scan still finds everything.
            Log.WatcherError(_logger, ex);
            return null;
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
