namespace ProgressIngest.Benchmarks;

/// <summary>One measured run of one stage.</summary>
/// <param name="WallMs">Wall time of the work (in-process stages: the timed region; process stages: the whole process).</param>
/// <param name="CpuMs">User + system CPU time over the same span.</param>
/// <param name="PeakMb">Peak resident memory of the process.</param>
/// <param name="ProcessWallMs">Wall time of the whole child process, start-up included.</param>
internal sealed record Measurement(string Size, string Stage, int Run, double WallMs, double CpuMs, double PeakMb, double ProcessWallMs, string Note = "");
