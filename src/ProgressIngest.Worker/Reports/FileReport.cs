using System.Text.Json.Serialization;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Reports;

/// <summary>
/// One checked file as scripts read it (<c>validate --format json</c>): versioned, described by
/// schemas/validation-report.schema.json. Bump <see cref="CurrentFormat"/> when a field changes meaning.
/// </summary>
internal sealed record FileReport(
    string FormatVersion,
    ToolReport Tool,
    FileIdentity File,
    string? Division,
    YearReport ReportingYear,
    string CatalogueVersion,
    OutcomeReport Outcome,
    CountsReport Counts,
    IReadOnlyList<FindingReport> Findings)
{
    public const string CurrentFormat = "1.0";

    public static FileReport From(IngestReport report, FileIdentity file, string? division, FiscalYear reportingYear, string catalogueVersion)
        => new(
            CurrentFormat,
            new ToolReport(ToolInfo.Name, ToolInfo.Version),
            file,
            division,
            YearReport.Of(reportingYear),
            catalogueVersion,
            new OutcomeReport(OutcomeCode(report.Outcome), report.Outcome.Japanese()),
            new CountsReport(report.ErrorCount, report.WarningCount, report.ExplainedCount, report.InfoCount),
            [.. report.Findings.Select(FindingReport.From)]);

    /// <summary>Stable codes: never renamed (the Japanese label may be reworded).</summary>
    public static string OutcomeCode(Outcome outcome) => outcome switch
    {
        Core.Reporting.Outcome.Accepted => "accepted",
        Core.Reporting.Outcome.AcceptedWithWarnings => "accepted-with-warnings",
        Core.Reporting.Outcome.Returned => "returned",
        _ => "unreadable",
    };
}

internal sealed record ToolReport(string Name, string Version);

/// <param name="Size">Bytes; null when the file does not exist.</param>
/// <param name="Sha256">Lower-case hex; null when the file does not exist or was not read.</param>
internal sealed record FileIdentity(string Name, long? Size, string? Sha256);

/// <param name="FiscalYear">In JSON the year it starts in (2025).</param>
/// <param name="Label">「令和7年度」.</param>
internal sealed record YearReport(FiscalYear FiscalYear, string Label)
{
    public static YearReport Of(FiscalYear year) => new(year, year.Japanese);
}

internal sealed record OutcomeReport(string Code, string Label);

/// <param name="Warnings">Open warnings.</param>
/// <param name="Explained">Warnings explained in 備考 (説明済み).</param>
/// <param name="Info">参考.</param>
internal sealed record CountsReport(int Errors, int Warnings, int Explained, int Info);

internal sealed record FindingReport(
    string Severity,
    string RuleId,
    string? Sheet,
    string? Cell,
    int? Row,
    int? Column,
    string? Field,
    string? Value,
    string Message,
    string Fix,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Explanation)
{
    public static FindingReport From(Finding f) => new(
        f.Severity switch
        {
            Core.Findings.Severity.Error => "error",
            Core.Findings.Severity.Warning => "warning",
            _ => "info",
        },
        f.RuleId,
        f.Sheet,
        f.Cell,
        f.Cell is null ? null : FindingOrder.Row(f.Cell),
        f.Cell is null ? null : FindingOrder.Column(f.Cell),
        f.Field,
        f.Value,
        f.Message,
        f.Fix,
        f.Status == FindingStatus.Explained ? "explained" : "open",
        f.Explanation);
}
