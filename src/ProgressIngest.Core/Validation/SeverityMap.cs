using FvSeverity = FluentValidation.Severity;

namespace ProgressIngest.Core.Validation;

/// <summary>Our severities travel through FluentValidation as its own three.</summary>
internal static class SeverityMap
{
    public static FvSeverity ToFluent(Findings.Severity severity) => severity switch
    {
        Findings.Severity.Error => FvSeverity.Error,
        Findings.Severity.Warning => FvSeverity.Warning,
        _ => FvSeverity.Info,
    };

    public static Findings.Severity FromFluent(FvSeverity severity) => severity switch
    {
        FvSeverity.Error => Findings.Severity.Error,
        FvSeverity.Warning => Findings.Severity.Warning,
        _ => Findings.Severity.Info,
    };
}
