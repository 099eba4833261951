namespace ProgressIngest.Worker.Commands;

internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>validate: the file has errors.</summary>
    public const int FindingErrors = 1;

    /// <summary>The file cannot be read, or the arguments/configuration are wrong.</summary>
    public const int Unusable = 2;
}
