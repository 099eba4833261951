namespace ProgressIngest.Core.Schema;

/// <summary>The rule vocabulary of schemas/indicators.json: every check is data, not code.</summary>
/// <param name="Min">Below this is an error.</param>
/// <param name="Max">Above this is an error.</param>
/// <param name="SoftMin">Below this is a warning.</param>
/// <param name="SoftMax">Above this is a warning.</param>
/// <param name="TotalBetween">The total segment must lie between the component segments of the same year.</param>
/// <param name="PartOf">Id of the indicator this one is a part of; a part never exceeds its whole (same year and segment).</param>
/// <param name="YearOverYear">A change from the previous year larger than this is a warning.</param>
/// <param name="AsOfInFiscalYear">基準日, when given, must fall inside the value's fiscal year.</param>
/// <param name="LagYears">The submission for reporting year Y must carry the value for Y − lag (a year total known only after the year ends).</param>
public sealed record IndicatorRules(
    decimal? Min,
    decimal? Max,
    decimal? SoftMin,
    decimal? SoftMax,
    TotalBetweenRule? TotalBetween,
    string? PartOf,
    YearOverYearRule? YearOverYear,
    bool AsOfInFiscalYear,
    int LagYears = 0);

public sealed record TotalBetweenRule(string Total, IReadOnlyList<string> Components);

/// <param name="MaxAbsoluteChange">In the indicator's unit (points for percentages).</param>
/// <param name="MaxRelativeChange">As a fraction of the previous value (0.5 = 50%).</param>
public sealed record YearOverYearRule(decimal? MaxAbsoluteChange, decimal? MaxRelativeChange);
