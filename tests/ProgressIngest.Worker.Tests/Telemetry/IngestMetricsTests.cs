using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Telemetry;

namespace ProgressIngest.Worker.Tests.Telemetry;

public class IngestMetricsTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Once_OnTheSamples_CountsEveryFileByOutcomeAndOneMasterRebuild()
    {
        _root.CopySamples();
        var files = new ConcurrentBag<(string Outcome, string Division)>();
        var durations = new ConcurrentBag<double>();
        var masters = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == IngestMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var root = Tag(tags, "division");
            if (instrument.Name == "progressingest.files" && root is not null && SampleDivisions.Contains(root))
            {
                files.Add((Tag(tags, "outcome")!, root));
            }
            else if (instrument.Name == "progressingest.master.rebuilds")
            {
                Interlocked.Add(ref masters, value);
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (instrument.Name == "progressingest.check.duration")
            {
                durations.Add(value);
            }
        });
        listener.Start();

        CliRunner.Run("once", "--root", _root.Path);

        // Other tests may run `once` at the same time: only this run's divisions and at least its counts are asserted.
        Assert.True(files.Count >= 10);
        Assert.Contains(("returned", "compliance"), files);
        Assert.Contains(("unreadable", "taihaku"), files);
        Assert.Contains(("accepted-with-warnings", "dx"), files);
        Assert.True(durations.Count >= 10);
        Assert.True(Interlocked.Read(ref masters) >= 1);
    }

    private static readonly HashSet<string> SampleDivisions = [.. RepoPaths.Catalogue.Divisions.Select(d => d.Code)];

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
