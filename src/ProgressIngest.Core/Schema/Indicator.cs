using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Schema;

/// <summary>An indicator (指標) or a measure figure, with the rules its values must follow.</summary>
public sealed record Indicator(
    string Id,
    string Name,
    string ShortName,
    string? MeasureId,
    ValueType Type,
    string Unit,
    int Decimals,
    IReadOnlyList<string> Segments,
    FiscalYear FirstYear,
    IndicatorRules Rules,
    string Definition,
    string Source)
{
    public bool AllowsSegment(string segment) => Segments.Contains(segment, StringComparer.Ordinal);
}

public enum ValueType
{
    Number,
    Integer,
    Percent,
}
