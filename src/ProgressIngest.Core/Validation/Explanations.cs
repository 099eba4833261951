using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Validation;

/// <summary>
/// A warning asks "is this right?"; a row whose 備考 answers it is 説明済み: still listed with the
/// explanation, no longer open. Only warnings that ask "is this figure (or this blank) really meant?"
/// can be answered in 備考 — not errors, not file-level notes, not "this row is not imported", and not
/// requests to change how something is written (too long, too many decimals).
/// </summary>
internal static class Explanations
{
    public static IEnumerable<Finding> Apply(IEnumerable<Finding> findings, Submission submission)
    {
        var notes = new Dictionary<(string Sheet, int Row), string>();
        foreach (var m in submission.Measures.Where(m => m.Notes.Length > 0))
        {
            notes.TryAdd((m.Sheet, m.Row), m.Notes);
        }

        foreach (var e in submission.Indicators.Where(e => e.Notes.Length > 0))
        {
            notes.TryAdd((e.Sheet, e.Row), e.Notes);
        }

        foreach (var finding in findings)
        {
            yield return finding.Severity == Severity.Warning
                         && RuleRegistry.Get(finding.RuleId).Explainable
                         && finding is { Sheet: { } sheet, Cell: { } cell }
                         && notes.TryGetValue((sheet, FindingOrder.Row(cell)), out var explanation)
                ? finding.ExplainedBy(explanation)
                : finding;
        }
    }
}
