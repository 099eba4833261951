using FluentValidation;
using ProgressIngest.Core.Model;
using FvSeverity = FluentValidation.Severity;

namespace ProgressIngest.Core.Validation;

internal static class RuleBuilderExtensions
{
    /// <summary>Gives a rule its stable id, Japanese message, cell and fix in one call.</summary>
    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string ruleId,
        Findings.Severity severity,
        Func<T, Field> field,
        string label,
        Func<T, string> message,
        Func<T, string> fix,
        Func<T, string?>? sheet = null)
        => rule
            .WithErrorCode(ruleId)
            .WithSeverity(severity == Findings.Severity.Error ? FvSeverity.Error : FvSeverity.Warning)
            .WithMessage(message)
            .WithState(x => new FindingState(field(x), sheet?.Invoke(x), label, fix(x)));

    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string ruleId,
        Findings.Severity severity,
        Func<T, Field> field,
        string label,
        Func<T, string> message,
        string fix)
        => rule.Finding(ruleId, severity, field, label, message, _ => fix);

    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string ruleId,
        Findings.Severity severity,
        Func<T, Field> field,
        string label,
        Func<T, string> message,
        string fix,
        Func<T, string?> sheet)
        => rule.Finding(ruleId, severity, field, label, message, _ => fix, sheet);
}
