using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Commands;

namespace ProgressIngest.Worker.Tests.Watching;

/// <summary>
/// A file still being copied is never read half-written. The real service, watcher and file system, with
/// the service's clock in the test's hand: while the copy goes on no time passes for the service, so only
/// the settle rule (and the writer's open handle) can keep it from reading; then time is let run.
/// </summary>
[Collection(RealServiceTests.Name)]
public sealed class SlowCopyTests : IAsyncLifetime
{
    private readonly TempRoot _root = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private IHost? _host;

    public async Task InitializeAsync()
    {
        _host = HostFactory.Build(
            CommandLine.Parse(["watch", "--root", _root.Path, "--SettleSeconds", "1", "--ScanIntervalSeconds", "2", "--MasterQuietSeconds", "1"]),
            service: true,
            s => s.AddSingleton<TimeProvider>(_clock));
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        _root.Dispose();
    }

    private long Processed => LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions WHERE state = 'processed' AND feedback_written = 1");

    [Fact]
    public async Task Watch_FileCopiedInChunks_IsReadOnceCompleteAndAccepted()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var bytes = workbook.ToBytes();
        var path = Path.Combine(_root.Inbox("bpr"), "slow.xlsx");

        await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            var chunk = bytes.Length / 8 + 1;
            for (var offset = 0; offset < bytes.Length; offset += chunk)
            {
                // Each chunk wakes the watcher; the service scans a growing file at the same instant of its clock.
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(chunk, bytes.Length - offset)));
                await stream.FlushAsync();
            }
        }

        // The copy is done: let the service's time run until it has settled, read and answered it.
        Assert.True(await LedgerProbe.WaitUntil(
            () =>
            {
                _clock.Advance(TimeSpan.FromMilliseconds(500));
                return Processed == 1;
            },
            TimeSpan.FromSeconds(60)));

        // Read once and complete: the one archived copy holds every byte written.
        Assert.Equal(1, LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions"));
        Assert.Equal(bytes, File.ReadAllBytes(Assert.Single(_root.ArchiveFiles("bpr"))));
        Assert.Equal(1, LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions WHERE outcome = 'Accepted'"));
        Assert.True(File.Exists(Path.Combine(_root.Feedback("bpr"), "slow_フィードバック.xlsx")));
    }
}
