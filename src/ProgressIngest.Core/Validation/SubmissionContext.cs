using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Validation;

/// <summary>What a submission is checked against.</summary>
/// <param name="Division">The division whose folder the file was dropped in (or given with --division).</param>
/// <param name="ReportingYear">The reporting cycle being collected (start year of the fiscal year).</param>
public sealed record SubmissionContext(Catalogue Catalogue, Division Division, int ReportingYear, IndicatorHistory History);
