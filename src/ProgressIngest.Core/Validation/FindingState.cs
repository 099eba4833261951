using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Validation;

/// <summary>
/// Carried on each FluentValidation failure (as custom state) so the failure can become a
/// <see cref="Findings.Finding"/> with the cell the submitter sees: FluentValidation's property
/// paths cannot say "sheet 指標, cell D7".
/// </summary>
internal sealed record FindingState(Field Field, string? Sheet, string Label, string Fix);
