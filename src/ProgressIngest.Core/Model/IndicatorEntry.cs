using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Model;

/// <summary>One row of 指標: a value for (indicator, fiscal year, segment).</summary>
/// <param name="IndicatorId">The catalogue id the row resolves to (by id or by Japanese name), or null.</param>
/// <param name="TypedId">The normalised id as typed, for messages and suggestions.</param>
/// <param name="FiscalYear">The fiscal year of the value, or null when unreadable.</param>
/// <param name="Segment">Cleaned 区分; empty when blank.</param>
public sealed record IndicatorEntry(
    string Sheet,
    int Row,
    Field IdField,
    Field YearField,
    Field SegmentField,
    Field ValueField,
    Field UnitField,
    Field AsOfField,
    Field NotesField,
    string? IndicatorId,
    string TypedId,
    FiscalYear? FiscalYear,
    string Segment,
    ParsedNumber Value,
    string Unit,
    DateOnly? AsOf,
    string Notes);
