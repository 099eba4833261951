using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Core.Merging;

/// <summary>One processed submission as the ledger keeps it.</summary>
/// <param name="Data">What it contributes to the master; null unless accepted.</param>
public sealed record SubmissionRecord(
    long Id,
    string Division,
    string FileName,
    string Hash,
    DateTimeOffset ReceivedAt,
    Outcome Outcome,
    IReadOnlyList<Finding> Findings,
    AcceptedData? Data)
{
    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);

    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>How a value from this submission is cited in the master.</summary>
    public string SourceLabel => $"{Division} / {FileName}（{ReceivedAt.ToOffset(TimeSpan.FromHours(9)):yyyy/MM/dd HH:mm}受付）";
}
