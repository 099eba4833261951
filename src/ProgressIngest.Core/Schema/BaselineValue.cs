using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Schema;

/// <summary>A value the seed report states, loaded as history.</summary>
/// <param name="Source">Where the report states it (section and the quoted words).</param>
public sealed record BaselineValue(string IndicatorId, FiscalYear FiscalYear, string Segment, decimal Value, string Source);
