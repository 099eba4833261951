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
    /// <summary>Like frictionless' limit_errors: a broken file should not produce a million findings.</summary>
    public const int MaxFindings = 1000;

    public static IngestReport Check(RawWorkbook workbook, SubmissionContext context)
    {
        var submission = SubmissionParser.Parse(workbook, context.Catalogue);
        var result = SubmissionValidator.Instance.Validate(ValidationContextExtensions.ForSubmission(submission, context));
        var findings = submission.ReadFindings.Concat(result.Errors.Select(ToFinding)).Distinct();
        var sorted = FindingOrder.Sort(findings);
        if (sorted.Count > MaxFindings)
        {
            sorted = [.. sorted.Take(MaxFindings), Finding.ForFile(
                RuleIds.FindingLimit,
                Severity.Warning,
                $"指摘が{MaxFindings}件を超えたため、以降は省略しました（全{sorted.Count}件）。",
                "表示された指摘を直してから、もう一度提出してください。")];
        }

        return new IngestReport(OutcomeOf(sorted), sorted, submission);
    }

    public static Outcome OutcomeOf(IReadOnlyCollection<Finding> findings)
        => findings.Any(f => f.Severity == Severity.Error) ? Outcome.Returned
            : findings.Count > 0 ? Outcome.AcceptedWithWarnings
            : Outcome.Accepted;

    private static Finding ToFinding(FluentValidation.Results.ValidationFailure failure)
    {
        if (failure.CustomState is Finding finding)
        {
            return finding;
        }

        var state = (FindingState)failure.CustomState;
        var severity = failure.Severity == FluentValidation.Severity.Error ? Severity.Error : Severity.Warning;
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
