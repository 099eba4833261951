using Microsoft.Extensions.Time.Testing;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Watching;

namespace ProgressIngest.Worker.Tests.Watching;

/// <summary>A file is ready once its size and last write have held for the settle interval, measured on the monotonic clock.</summary>
public sealed class SettleTrackerTests
{
    private static readonly DateTime Written = new(2025, 6, 10, 1, 0, 0, DateTimeKind.Utc);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 6, 10, 1, 0, 0, TimeSpan.Zero));
    private readonly SettleTracker _tracker;

    public SettleTrackerTests()
    {
        _tracker = new SettleTracker(TimeSpan.FromSeconds(2), _clock);
    }

    private static InboxFile File(long length, DateTime? written = null) => new("bpr", "/root/inbox/bpr/a.xlsx", length, written ?? Written);

    [Fact]
    public void Ready_UnchangedForTheSettleInterval_IsReady()
    {
        Assert.Empty(_tracker.Ready([File(10)]));
        _clock.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Empty(_tracker.Ready([File(10)]));
        _clock.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal([File(10)], _tracker.Ready([File(10)]));
    }

    [Fact]
    public void Ready_GrowingFile_WaitsAgainFromItsLastChange()
    {
        _tracker.Ready([File(10)]);
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Empty(_tracker.Ready([File(20, Written.AddSeconds(3))]));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(_tracker.Ready([File(20, Written.AddSeconds(3))]));
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Single(_tracker.Ready([File(20, Written.AddSeconds(3))]));
    }

    [Fact]
    public void Ready_EmptyFile_NeverReady()
    {
        _tracker.Ready([File(0)]);
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Empty(_tracker.Ready([File(0)]));
        Assert.True(_tracker.HasUnsettled);
    }

    [Fact]
    public void Ready_FileGone_Forgotten()
    {
        _tracker.Ready([File(10)]);

        _tracker.Ready([]);

        Assert.False(_tracker.HasUnsettled);
    }
}
