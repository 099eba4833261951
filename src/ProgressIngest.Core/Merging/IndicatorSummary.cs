namespace ProgressIngest.Core.Merging;

/// <summary>One indicator's table for 指標サマリ: the report's section 3 rebuilt from data.</summary>
/// <param name="Years">Fiscal years (columns), ascending.</param>
/// <param name="Rows">One row per segment, then the derived rows.</param>
public sealed record IndicatorSummary(string IndicatorId, string Name, string Unit, int Decimals, IReadOnlyList<int> Years, IReadOnlyList<SummaryRow> Rows);

/// <param name="Label">Segment name, or a derived row such as 「差（本庁等−区役所）」.</param>
/// <param name="Values">Aligned with <see cref="IndicatorSummary.Years"/>; null where there is no value.</param>
public sealed record SummaryRow(string Label, bool Derived, IReadOnlyList<decimal?> Values);
