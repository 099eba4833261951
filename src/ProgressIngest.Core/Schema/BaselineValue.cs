namespace ProgressIngest.Core.Schema;

/// <summary>A value the seed report states, loaded as history.</summary>
/// <param name="FiscalYear">Western year the fiscal year starts in (R6 = 2024).</param>
/// <param name="Source">Where the report states it (section and the quoted words).</param>
public sealed record BaselineValue(string IndicatorId, int FiscalYear, string Segment, decimal Value, string Source);
