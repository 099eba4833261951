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
    /// <summary>担当者・連絡先 from the cover; null when the file had no readable cover.</summary>
    public SubmissionContact? Contact { get; init; }

    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);

    /// <summary>Open warnings: those nobody has explained in 備考.</summary>
    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning && f.IsOpen);

    public int ExplainedCount => Findings.Count(f => f.Status == FindingStatus.Explained);

    /// <summary>How a value from this submission is cited in the master.</summary>
    public string SourceLabel => $"{Division} / {FileName}（{Reporting.JapanTime.Format(ReceivedAt)}受付）";
}
