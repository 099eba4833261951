using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Validation;

/// <summary>A value already known for (indicator, year, segment): from the report baseline or an accepted submission.</summary>
/// <param name="Division">The division it came from; null for the report baseline.</param>
/// <param name="Source">Human-readable origin, e.g. 「令和6年度報告（基準値）」 or the file name.</param>
public sealed record HistoryValue(string IndicatorId, FiscalYear FiscalYear, string Segment, decimal Value, string? Division, string Source);
