using FluentValidation;
using FluentValidation.Results;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;

using Severity = ProgressIngest.Core.Findings.Severity;

namespace ProgressIngest.Core.Validation;

/// <summary>
/// Whole-sheet rules: duplicates, what an assigned division must report, and the relations
/// between values (total between components, part not above whole, year-over-year, conflicts).
/// Row rules live in <see cref="MeasureEntryValidator"/> and <see cref="IndicatorEntryValidator"/>.
/// </summary>
/// <remarks>
/// Built once and shared (FluentValidation validators are thread-safe once built): building the
/// rules for every file cost more than running them. The file's <see cref="SubmissionContext"/>
/// comes with each run; see <see cref="ValidationContextExtensions.ForSubmission"/>.
/// </remarks>
internal sealed class SubmissionValidator : AbstractValidator<Submission>
{
    public static SubmissionValidator Instance { get; } = new();

    private SubmissionValidator()
    {
        RuleFor(s => s.Cover!).SetValidator(new CoverValidator()).When(s => s.Cover is not null);
        RuleForEach(s => s.Measures).SetValidator(new MeasureEntryValidator());
        RuleForEach(s => s.Indicators).SetValidator(new IndicatorEntryValidator());
        RuleFor(s => s).Custom((s, ctx) =>
        {
            var context = ctx.Context();
            foreach (var finding in MeasureSheetChecks.Check(s, context).Concat(IndicatorSheetChecks.Check(s, context)))
            {
                ctx.AddFailure(ToFailure(finding));
            }
        });
    }

    /// <summary>Cross-row checks build their findings directly; they travel through FluentValidation as custom state.</summary>
    private static ValidationFailure ToFailure(Finding finding) => new(finding.Field ?? string.Empty, finding.Message)
    {
        ErrorCode = finding.RuleId,
        Severity = SeverityMap.ToFluent(finding.Severity),
        CustomState = finding,
    };
}
