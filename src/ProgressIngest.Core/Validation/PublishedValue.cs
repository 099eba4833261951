using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Validation;

/// <summary>A figure already published: from the report baseline in seeds/, or accepted in an earlier reporting cycle.</summary>
/// <param name="Source">Short origin, e.g. 「令和6年度報告（基準値）」 or 「令和7年度報告（人事課 / 報告.xlsx）」.</param>
/// <param name="Detail">Where exactly, e.g. the report's section and quoted words, or the cell; may be empty.</param>
public sealed record PublishedValue(string IndicatorId, FiscalYear FiscalYear, string Segment, decimal Value, string Source, string Detail = "")
{
    public string Citation => Detail.Length == 0 ? Source : $"{Source} {Detail}";
}
