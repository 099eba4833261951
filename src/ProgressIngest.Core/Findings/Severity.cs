namespace ProgressIngest.Core.Findings;

/// <summary>How serious a finding is: any error returns the submission (差戻し).</summary>
public enum Severity
{
    Error,
    Warning,
}
