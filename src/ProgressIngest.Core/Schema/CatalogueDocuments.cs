using System.Text.Json.Serialization;

namespace ProgressIngest.Core.Schema;

// The JSON shapes of schemas/*.json and seeds/baseline.json, exactly as people edit them.
// Read leniently: unknown properties, wrong values and missing items are the JSON Schema's to report, with their pointer.

internal sealed record MeasuresDocument(
    [property: JsonPropertyName("$schema")] string? Schema,
    List<GroupDto>? Groups,
    List<MeasureDto>? Measures);

internal sealed record GroupDto(string? Id, string? ParentId, string? Title, string? Theme);

internal sealed record MeasureDto(string? Id, string? Group, string? Horizon, string? Title, List<string>? SubItems, string? Source);

internal sealed record IndicatorsDocument([property: JsonPropertyName("$schema")] string? Schema, List<string>? Segments, List<IndicatorDto>? Indicators);

internal sealed record IndicatorDto(
    string? Id,
    string? Name,
    string? ShortName,
    string? MeasureId,
    string? Type,
    string? Unit,
    int? Decimals,
    List<string>? Segments,
    int? FirstYear,
    RulesDto? Rules,
    string? Definition,
    string? Source);

internal sealed record RulesDto(
    decimal? Min,
    decimal? Max,
    decimal? SoftMin,
    decimal? SoftMax,
    TotalBetweenDto? TotalBetween,
    string? PartOf,
    YearOverYearDto? YearOverYear,
    bool? AsOfInFiscalYear,
    int? LagYears = null);

internal sealed record TotalBetweenDto(string? Total, List<string>? Components);

internal sealed record YearOverYearDto(decimal? MaxAbsoluteChange, decimal? MaxRelativeChange);

internal sealed record DivisionsDocument([property: JsonPropertyName("$schema")] string? Schema, List<DivisionDto>? Divisions);

internal sealed record DivisionDto(string? Code, string? Name, string? Kind, List<string>? Measures, List<string>? Indicators);

internal sealed record BaselineDocument([property: JsonPropertyName("$schema")] string? Schema, string? Report, List<BaselineDto>? Values);

internal sealed record BaselineDto(string? Indicator, int? FiscalYear, string? Segment, decimal? Value, string? Source);
