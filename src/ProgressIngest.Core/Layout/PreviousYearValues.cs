using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Core.Layout;

/// <summary>What a template shows in 前年度の値（参考） beside an input row: the value already known for the year before.</summary>
public static class PreviousYearValues
{
    /// <summary>The report's baseline (R4–R6) as known values, the history before any submission is accepted.</summary>
    public static IReadOnlyList<HistoryValue> FromBaseline(IEnumerable<BaselineValue> baseline)
        => [.. baseline.Select(b => new HistoryValue(b.IndicatorId, b.FiscalYear, b.Segment, b.Value, null, b.Source))];

    /// <summary>The value known for (indicator, <paramref name="fiscalYear"/> − 1, segment), or null when there is none.</summary>
    /// <param name="known">The baseline first, then accepted values of later cycles: a later value for the same key wins.</param>
    /// <param name="fiscalYear">The year the input row reports.</param>
    public static decimal? For(IEnumerable<HistoryValue> known, string indicatorId, FiscalYear fiscalYear, string segment)
    {
        if (fiscalYear == FiscalYear.MinValue)
        {
            return null;
        }

        var previous = fiscalYear.Previous();
        return known.LastOrDefault(v => v.FiscalYear == previous
                                        && string.Equals(v.IndicatorId, indicatorId, StringComparison.Ordinal)
                                        && string.Equals(v.Segment, segment, StringComparison.Ordinal))?.Value;
    }
}
