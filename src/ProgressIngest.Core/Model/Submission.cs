using ProgressIngest.Core.Findings;

namespace ProgressIngest.Core.Model;

/// <summary>A submission after reading and normalising, before the rules run.</summary>
/// <param name="ReadFindings">Problems found while locating sheets, headers and cells.</param>
public sealed record Submission(
    CoverEntry? Cover,
    IReadOnlyList<MeasureEntry> Measures,
    IReadOnlyList<IndicatorEntry> Indicators,
    IReadOnlyList<Finding> ReadFindings);
