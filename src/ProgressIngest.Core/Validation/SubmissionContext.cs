using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Validation;

/// <summary>What a submission is checked against.</summary>
/// <param name="Division">The division whose folder the file was dropped in (or given with --division).</param>
/// <param name="ReportingYear">The reporting cycle being collected.</param>
/// <param name="History">Values to compare with (baseline, earlier cycles, other divisions' accepted values).</param>
public sealed record SubmissionContext(Catalogue Catalogue, Division Division, FiscalYear ReportingYear, IndicatorHistory History)
{
    private PublishedValues? _published;

    /// <summary>Closed history: the baseline unless the caller knows earlier cycles too.</summary>
    public PublishedValues Published
    {
        get => _published ??= PublishedValues.FromCatalogue(Catalogue);
        init => _published = value;
    }

    public bool IsAssignedIndicator(string indicatorId) => Division.Indicators.Contains(indicatorId, StringComparer.Ordinal);

    public bool IsAssignedMeasure(string measureId) => Division.Measures.Contains(measureId, StringComparer.Ordinal);
}
