using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Reporting;

/// <summary>The result of checking one submission: the outcome, the findings in reading order, and what was read.</summary>
/// <param name="Submission">Null when the file could not be read at all.</param>
public sealed record IngestReport(Outcome Outcome, IReadOnlyList<Finding> Findings, Submission? Submission)
{
    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);

    /// <summary>Open warnings: those nobody has explained in 備考.</summary>
    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning && f.IsOpen);

    public int ExplainedCount => Findings.Count(f => f.Status == FindingStatus.Explained);

    public int InfoCount => Findings.Count(f => f.Severity == Severity.Info);

    public static IngestReport Unreadable(Finding finding) => new(Outcome.Unreadable, [finding], null);
}
