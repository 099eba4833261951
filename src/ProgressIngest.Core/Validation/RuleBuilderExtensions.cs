using FluentValidation;
using ProgressIngest.Core.Model;
using FvSeverity = FluentValidation.Severity;

namespace ProgressIngest.Core.Validation;

internal static class RuleBuilderExtensions
{
    /// <summary>Gives a rule its stable id (and with it the registry's severity), Japanese message, cell and fix in one call; message and fix may use the file's context.</summary>
    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string ruleId,
        Func<T, Field> field,
        string label,
        Func<T, SubmissionContext, string> message,
        Func<T, SubmissionContext, string> fix,
        Func<T, string?>? sheet = null)
        => rule
            .WithErrorCode(ruleId)
            .WithSeverity(SeverityMap.ToFluent(Findings.RuleRegistry.SeverityOf(ruleId)))
            .Configure(r => r.Current.SetErrorMessage((validation, _) => message(validation.InstanceToValidate, validation.Context())))
            .WithState((x, _, validation) => new FindingState(field(x), sheet?.Invoke(x), label, fix(x, validation.Context())));

    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string ruleId,
        Func<T, Field> field,
        string label,
        Func<T, SubmissionContext, string> message,
        string fix,
        Func<T, string?>? sheet = null)
        => rule.Finding(ruleId, field, label, message, (_, _) => fix, sheet);

    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string ruleId,
        Func<T, Field> field,
        string label,
        Func<T, string> message,
        Func<T, SubmissionContext, string> fix,
        Func<T, string?>? sheet = null)
        => rule.Finding(ruleId, field, label, (x, _) => message(x), fix, sheet);

    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string ruleId,
        Func<T, Field> field,
        string label,
        Func<T, string> message,
        Func<T, string> fix)
        => rule.Finding(ruleId, field, label, (x, _) => message(x), (x, _) => fix(x));

    public static IRuleBuilderOptions<T, TProperty> Finding<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string ruleId,
        Func<T, Field> field,
        string label,
        Func<T, string> message,
        string fix,
        Func<T, string?>? sheet = null)
        => rule.Finding(ruleId, field, label, (x, _) => message(x), (_, _) => fix, sheet);
}
