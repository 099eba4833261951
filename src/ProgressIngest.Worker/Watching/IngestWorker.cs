using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgressIngest.Worker.Commands;
using ProgressIngest.Worker.Ledger;
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
    private readonly ServiceFault _fault;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<IngestWorker> _logger;
    private readonly SemaphoreSlim _wake = new(0);

    // Under systemd with WatchdogSec=, a loop that stops passing is restarted; null elsewhere.
    private readonly ISystemdNotifier? _systemd;

    public IngestWorker(IngestRun run, IOptions<IngestOptions> options, TimeProvider clock, ServiceFault fault, IHostApplicationLifetime lifetime, ILogger<IngestWorker> logger, IEnumerable<ISystemdNotifier> systemd)
    {
        _systemd = systemd.FirstOrDefault(n => n.IsEnabled);
        _run = run;
        _options = options.Value;
        _clock = clock;
        _fault = fault;
        _lifetime = lifetime;
        _logger = logger;
    }

    private static readonly ServiceState WatchdogPing = new("WATCHDOG=1");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await WatchAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (LedgerUnusableException ex)
        {
            // Going on would record into a ledger nobody reads again: stop, say why, exit non-zero.
            Log.ServiceStopped(_logger, ex.Message);
            _fault.Record(ExitCodes.StateDamaged);
            _lifetime.StopApplication();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ServiceFailed(_logger, ex);
            _fault.Record(ExitCodes.ServiceFailed);
            _lifetime.StopApplication();
        }
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        _run.Start();
        using var watcher = CreateWatcher();
        var settle = TimeSpan.FromSeconds(_options.SettleSeconds);
        var scanInterval = TimeSpan.FromSeconds(_options.ScanIntervalSeconds);
        var quiet = TimeSpan.FromSeconds(_options.MasterQuietSeconds);
        var tracker = new SettleTracker(settle, _clock);
        var state = new PassState { LastActivity = _clock.GetTimestamp() };
        Log.Watching(_logger, _run.Layout.Root, settle.TotalSeconds, scanInterval.TotalSeconds);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Pass(tracker, state, quiet, stoppingToken);
                _systemd?.Notify(WatchdogPing);
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or LedgerUnusableException))
            {
                // The service must outlive any one bad moment (a share that vanished, a full disk).
                Log.LoopFailed(_logger, ex);
            }

            var wait = tracker.HasUnsettled ? TimeSpan.FromMilliseconds(Math.Max(100, settle.TotalMilliseconds / 2))
                : state.MasterDirty ? TimeSpan.FromMilliseconds(Math.Max(100, quiet.TotalMilliseconds / 2))
                : scanInterval;
            if (!await WakeOrTimeoutAsync(wait, stoppingToken).ConfigureAwait(false))
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
    private void Pass(SettleTracker tracker, PassState state, TimeSpan quiet, CancellationToken stoppingToken)
    {
        // A ledger deleted or replaced under the running service is noticed here, before anything is archived.
        _run.EnsureLedger();
        var pending = _run.Pending();
        Telemetry.IngestMetrics.Pending(pending.Count);
        var ready = tracker.Ready(pending);
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
                state.MasterDirty = true;
                state.LastActivity = _clock.GetTimestamp();
            }
        }

        _run.RetryMissingFeedback();
        if (state.MasterDirty && !tracker.HasUnsettled && _clock.GetElapsedTime(state.LastActivity) >= quiet)
        {
            try
            {
                _run.PublishMaster();
                state.MasterDirty = false;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.MasterFailed(_logger, ex);
            }
        }
    }

    /// <summary>Waits for the watcher's wake-up or the timeout (a timer of <see cref="TimeProvider"/>); false when stopping.</summary>
    private async Task<bool> WakeOrTimeoutAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(wait, _clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await _wake.WaitAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The timeout: time for the next scan.
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        return true;
    }

    /// <summary>What one pass leaves for the next: whether the master needs rebuilding, and when a file was last processed (a monotonic timestamp).</summary>
    private sealed class PassState
    {
        public bool MasterDirty { get; set; } = true;

        public long LastActivity { get; set; }
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
