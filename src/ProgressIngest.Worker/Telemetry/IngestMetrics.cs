using System.Diagnostics.Metrics;

namespace ProgressIngest.Worker.Telemetry;

/// <summary>
/// The service's meter, for <c>dotnet-counters monitor --counters ProgressIngest -n ProgressIngest.Worker</c>
/// (see docs/operations.md): files by outcome and division, check duration, files waiting, master rebuilds.
/// </summary>
internal static class IngestMetrics
{
    public const string MeterName = "ProgressIngest";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Files = Meter.CreateCounter<long>("progressingest.files", "{file}", "Files processed, by outcome (accepted, accepted-with-warnings, returned, unreadable) and division.");

    private static readonly Histogram<double> CheckDuration = Meter.CreateHistogram<double>("progressingest.check.duration", "ms", "Time to read, normalise and validate one file.");

    private static readonly Counter<long> MasterRebuilds = Meter.CreateCounter<long>("progressingest.master.rebuilds", "{rebuild}", "Master workbooks written (a rebuild with unchanged content is not counted).");

    private static int _pending;

    static IngestMetrics()
    {
        Meter.CreateObservableGauge("progressingest.pending", () => Volatile.Read(ref _pending), "{file}", "Files in the inbox waiting to settle or be processed, as of the last scan.");
    }

    public static void FileProcessed(string outcome, string division, TimeSpan checkTime)
    {
        Files.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("division", division));
        CheckDuration.Record(checkTime.TotalMilliseconds);
    }

    public static void MasterWritten() => MasterRebuilds.Add(1);

    public static void Pending(int count) => Volatile.Write(ref _pending, count);
}
