using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Merging;

/// <summary>One indicator's table for 指標サマリ: the report's section 3 rebuilt from data.</summary>
/// <param name="Years">Fiscal years (columns), ascending.</param>
/// <param name="Rows">One row per segment, then the derived rows.</param>
/// <param name="ChangeUnit">Unit of differences: ポイント for percentages, otherwise the indicator's unit.</param>
public sealed record IndicatorSummary(string IndicatorId, string Name, string Unit, int Decimals, IReadOnlyList<FiscalYear> Years, IReadOnlyList<SummaryRow> Rows)
{
    public string ChangeUnit { get; init; } = Unit;

    /// <summary>Number, integer or percent: how a chart scales it and how a sentence judges a change.</summary>
    public Schema.ValueType Type { get; init; }
}

/// <param name="Label">Segment name, or a derived row such as 「差（本庁等−区役所）」.</param>
/// <param name="Values">Aligned with <see cref="IndicatorSummary.Years"/>; null where there is no value.</param>
/// <param name="Gaps">Aligned with <see cref="Values"/>: why a value is missing (never a silent blank); null where there is a value.</param>
public sealed record SummaryRow(string Label, bool Derived, IReadOnlyList<decimal?> Values)
{
    public IReadOnlyList<Gap?> Gaps { get; init; } = [];

    /// <summary>Aligned with <see cref="Values"/> on segment rows: where each value (or gap) comes from — the baseline citation, or the division, file and cell. Empty on derived rows.</summary>
    public IReadOnlyList<string?> Sources { get; init; } = [];

    public Gap? GapAt(int index) => index < Gaps.Count ? Gaps[index] : null;

    public string? SourceAt(int index) => index < Sources.Count ? Sources[index] : null;
}
