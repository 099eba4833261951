using ProgressIngest.Core.Findings;

namespace ProgressIngest.Core.Merging;

/// <summary>The master workbook's content, sheet by sheet, ready to render. Built by <see cref="MasterBuilder"/>.</summary>
public sealed record MasterModel(
    int ReportingYear,
    IReadOnlyList<StatusRow> Status,
    IReadOnlyList<ProgressRow> Progress,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<OpenFindingRow> Findings,
    IReadOnlyList<IndicatorSummary> Summary);

/// <summary>提出状況: one row per registry division.</summary>
public sealed record StatusRow(
    string Division,
    string DivisionName,
    string State,
    string? LatestFile,
    DateTimeOffset? ReceivedAt,
    string? Outcome,
    int Errors,
    int Warnings,
    string? InForce);

/// <summary>取り組み進捗: one row per measure and reporting division, catalogue order.</summary>
public sealed record ProgressRow(
    string Pillar,
    string SubPillar,
    string MeasureId,
    string Horizon,
    string Title,
    string Division,
    string Status,
    string Detail,
    string Issues,
    string Plan,
    string Notes,
    string Source);

/// <summary>指標: one value by indicator, year and segment.</summary>
public sealed record IndicatorRow(
    string IndicatorId,
    string Name,
    int FiscalYear,
    string Segment,
    decimal Value,
    string Unit,
    string Division,
    string Source,
    string Notes);

/// <summary>指摘一覧: a finding of a division's latest submission.</summary>
public sealed record OpenFindingRow(string Division, string FileName, Finding Finding);
