using FluentValidation;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Validation;

/// <summary>
/// The validators are built once and shared; what a file is checked against travels with each run
/// in FluentValidation's root context data, which child and collection validators see too.
/// </summary>
internal static class ValidationContextExtensions
{
    private const string ContextKey = "ProgressIngest.SubmissionContext";

    public static ValidationContext<Submission> ForSubmission(Submission submission, SubmissionContext context)
    {
        var validation = new ValidationContext<Submission>(submission);
        validation.RootContextData[ContextKey] = context;
        return validation;
    }

    public static SubmissionContext Context<T>(this ValidationContext<T> validation)
        => (SubmissionContext)validation.RootContextData[ContextKey];

    /// <summary>
    /// Fails a rule that compares with a value from the context, offering the message placeholders
    /// FluentValidation's Equal and LessThanOrEqualTo offer, so messages come out as they did with those.
    /// </summary>
    public static bool ComparisonFailed<T>(this ValidationContext<T> validation, object comparisonValue)
    {
        validation.MessageFormatter.AppendArgument("ComparisonValue", comparisonValue);
        validation.MessageFormatter.AppendArgument("ComparisonProperty", string.Empty);
        return false;
    }
}
