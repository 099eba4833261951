using FluentValidation;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Parsing;
using ProgressIngest.Core.Reading;
using ProgressIngest.Core.Reporting;
using Severity = ProgressIngest.Core.Findings.Severity;

namespace ProgressIngest.Core.Validation;

/// <summary>
/// The pure part of ingesting one file: parse the raw workbook, run every rule, decide the outcome.
/// Both <c>validate</c> and the service call this, so they never disagree.
/// </summary>
public static class SubmissionChecker
{
    /// <summary>
    /// A cell whose content could not be read has one finding saying why; what the rules would say about the
    /// empty value left behind (「未入力です」) is a consequence and only buries it.
    /// </summary>
    private static readonly HashSet<string> UnreadableCellRules = [RuleIds.ExcelErrorCell, RuleIds.FormulaNotCalculated, RuleIds.FreeTextNotText, RuleIds.TextTruncated];

    /// <summary>Like frictionless' limit_errors: a broken file should not produce a million findings.</summary>
    public const int MaxFindings = 1000;

    public static IngestReport Check(RawWorkbook workbook, SubmissionContext context)
    {
        var submission = SubmissionParser.Parse(workbook, context.Catalogue);
        var result = SubmissionValidator.Instance.Validate(ValidationContextExtensions.ForSubmission(submission, context));
        var unreadable = submission.ReadFindings.Where(f => f.Cell is not null && UnreadableCellRules.Contains(f.RuleId)).Select(f => (f.Sheet, f.Cell)).ToHashSet();
        var findings = Explanations.Apply(
            submission.ReadFindings.Concat(result.Errors.Select(ToFinding)).Distinct()
                .Where(f => !OnHiddenMergedCell(f, workbook))
                .Where(f => UnreadableCellRules.Contains(f.RuleId) || !unreadable.Contains((f.Sheet, f.Cell))),
            submission);
        var sorted = FindingOrder.Sort(findings);
        if (sorted.Count > MaxFindings)
        {
            sorted = [.. sorted.Take(MaxFindings), Finding.ForFile(
                RuleIds.FindingLimit,
                $"指摘が{MaxFindings}件を超えたため、以降は省略しました（全{sorted.Count}件）。",
                "表示された指摘を直してから、もう一度提出してください。")];
        }

        return new IngestReport(OutcomeOf(sorted), sorted, submission);
    }

    /// <summary>差戻し on any error; 受理（警告あり） while a warning is open; 受理 when every warning is explained or only 参考 remain.</summary>
    public static Outcome OutcomeOf(IReadOnlyCollection<Finding> findings)
        => findings.Any(f => f.Severity == Severity.Error) ? Outcome.Returned
            : findings.Any(f => f.IsOpen) ? Outcome.AcceptedWithWarnings
            : Outcome.Accepted;

    /// <summary>A cell hidden under a merge is reported once, at the merge's visible cell (see merged-input-cells).</summary>
    private static bool OnHiddenMergedCell(Finding finding, RawWorkbook workbook)
    {
        if (finding is not { Sheet: { } sheetName, Cell: { } cell })
        {
            return false;
        }

        var sheet = workbook.Sheets.FirstOrDefault(s => s.Name == sheetName);
        if (sheet is null || sheet.Merges.Count == 0)
        {
            return false;
        }

        var row = FindingOrder.Row(cell);
        var column = FindingOrder.Column(cell);
        return sheet.Merges.Any(m => m.Contains(row, column) && !m.IsTopLeft(row, column));
    }

    private static Finding ToFinding(FluentValidation.Results.ValidationFailure failure)
    {
        if (failure.CustomState is Finding finding)
        {
            return finding;
        }

        var state = (FindingState)failure.CustomState;
        var severity = SeverityMap.FromFluent(failure.Severity);
        return new Finding(
            failure.ErrorCode,
            severity,
            state.Field.At?.Sheet ?? state.Sheet,
            state.Field.At?.A1,
            state.Label,
            state.Field.Typed,
            failure.ErrorMessage,
            state.Fix);
    }
}
