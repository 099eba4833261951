namespace ProgressIngest.Core.Findings;

/// <summary>How serious a finding is: any error returns the submission (差戻し); 参考 never changes the outcome.</summary>
/// <remarks>Stored by name in the ledger: add new members at the end.</remarks>
public enum Severity
{
    /// <summary>エラー: the submission is returned.</summary>
    Error,

    /// <summary>警告: accepted, but someone should look unless the row's 備考 explains it.</summary>
    Warning,

    /// <summary>参考: a note that needs no action (an added column, how a value was read).</summary>
    Info,
}
