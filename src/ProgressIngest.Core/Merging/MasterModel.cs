using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Merging;

/// <summary>The master workbook's content, sheet by sheet, ready to render. Built by <see cref="MasterBuilder"/>.</summary>
public sealed record MasterModel(
    FiscalYear ReportingYear,
    IReadOnlyList<StatusRow> Status,
    IReadOnlyList<ProgressRow> Progress,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<OpenFindingRow> Findings,
    IReadOnlyList<IndicatorSummary> Summary);

/// <summary>提出状況: one row per registry division, with who to call from its latest cover.</summary>
/// <param name="Warnings">Open warnings (not explained).</param>
/// <param name="Explained">Warnings explained in 備考 (説明済み).</param>
public sealed record StatusRow(
    string Division,
    string DivisionName,
    string State,
    string? LatestFile,
    DateTimeOffset? ReceivedAt,
    string? Outcome,
    int Errors,
    int Warnings,
    string? InForce)
{
    public int Explained { get; init; }

    public string Person { get; init; } = "";

    public string Contact { get; init; } = "";

    public DateOnly? SubmittedOn { get; init; }
}

/// <summary>取り組み進捗: one row per measure and assigned division, catalogue order.</summary>
/// <param name="Division">The division as a reader knows it: 「人事課（jinji）」.</param>
/// <param name="Status">進捗区分 as reported, or the <see cref="Gap"/>'s word when there is no report.</param>
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
    string Source)
{
    public Gap? Gap { get; init; }
}

/// <summary>指標: one value (or the reason there is none) by indicator, year and segment.</summary>
/// <param name="Value">Null when <see cref="Gap"/> says why.</param>
/// <param name="Division">「人事課（jinji）」, or empty for published history.</param>
public sealed record IndicatorRow(
    string IndicatorId,
    string Name,
    FiscalYear FiscalYear,
    string Segment,
    decimal? Value,
    string Unit,
    string Division,
    string Source,
    string Notes)
{
    public Gap? Gap { get; init; }

    /// <summary>Published history (baseline or an earlier cycle), which submissions cannot change.</summary>
    public bool IsPublished { get; init; }
}

/// <summary>指摘一覧: a finding of a division's latest submission.</summary>
public sealed record OpenFindingRow(string Division, string FileName, Finding Finding);
