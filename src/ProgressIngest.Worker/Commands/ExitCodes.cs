namespace ProgressIngest.Worker.Commands;

/// <summary>The exit codes of every command (documented in README.md and docs/operations.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>validate: the file has errors.</summary>
    public const int FindingErrors = 1;

    /// <summary>The file cannot be read, or the arguments/configuration are wrong.</summary>
    public const int Unusable = 2;

    /// <summary>Another watch/once/rebuild holds the root.</summary>
    public const int RootLocked = 3;

    /// <summary>The ledger is missing beside a full archive, damaged, not writable, or was replaced while running.</summary>
    public const int StateDamaged = 4;

    /// <summary>The service stopped after an unexpected failure (for a service manager's restart-on-failure).</summary>
    public const int ServiceFailed = 5;
}
