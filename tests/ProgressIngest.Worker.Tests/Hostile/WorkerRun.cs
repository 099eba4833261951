namespace ProgressIngest.Worker.Tests.Hostile;

/// <param name="PeakBytes">Highest resident memory of the child seen while it ran.</param>
/// <param name="TimedOut">The child was killed for running past its time limit.</param>
internal sealed record WorkerRun(int ExitCode, string Output, string Error, long PeakBytes, TimeSpan Elapsed, bool TimedOut)
{
    public double PeakMegabytes => PeakBytes / 1024.0 / 1024.0;

    public override string ToString() => $"exit {ExitCode}, {Elapsed.TotalSeconds:0.0} s, peak {PeakMegabytes:0} MB{(TimedOut ? ", TIMED OUT" : string.Empty)}\n{Output}\n{Error}";
}
