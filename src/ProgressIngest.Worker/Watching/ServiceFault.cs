namespace ProgressIngest.Worker.Watching;

/// <summary>
/// How the service ended, for the exit code. A BackgroundService that fails stops the host, but the process
/// would exit 0 and Windows SCM's restart-on-failure (and systemd's <c>Restart=on-failure</c>) would never fire.
/// </summary>
internal sealed class ServiceFault
{
    /// <summary>Null while the service has not failed.</summary>
    public int? ExitCode { get; private set; }

    public void Record(int exitCode)
    {
        ExitCode = exitCode;

        // Also read by the Windows service lifetime when it reports the service stopped.
        Environment.ExitCode = exitCode;
    }
}
