using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Validation;

/// <summary>
/// What is already known: the baseline from the report plus the values of every division's
/// accepted submission. Year-over-year and conflict checks look here.
/// </summary>
public sealed class IndicatorHistory
{
    private readonly ILookup<(string Id, int Year, string Segment), HistoryValue> _values;

    public IndicatorHistory(IEnumerable<HistoryValue> values)
    {
        _values = values.ToLookup(v => (v.IndicatorId, v.FiscalYear, v.Segment));
    }

    public static IndicatorHistory Empty { get; } = new([]);

    public static IndicatorHistory FromBaseline(Catalogue catalogue, IEnumerable<HistoryValue>? accepted = null)
        => new(catalogue.Baseline
            .Select(b => new HistoryValue(b.IndicatorId, b.FiscalYear, b.Segment, b.Value, null, "令和6年度報告（基準値）"))
            .Concat(accepted ?? []));

    /// <summary>Values for the key not reported by <paramref name="excludeDivision"/> (its own earlier submission is replaced, not compared).</summary>
    public IEnumerable<HistoryValue> Others(string id, int year, string segment, string excludeDivision)
        => _values[(id, year, segment)].Where(v => v.Division != excludeDivision);

    /// <summary>The value to compare with for the previous year: an accepted submission first, else the baseline.</summary>
    public HistoryValue? Previous(string id, int year, string segment, string division)
    {
        var candidates = _values[(id, year - 1, segment)].ToList();
        return candidates.FirstOrDefault(v => v.Division == division)
            ?? candidates.FirstOrDefault(v => v.Division is not null)
            ?? candidates.FirstOrDefault();
    }

    public decimal? Value(string id, int year, string segment, string division)
    {
        var candidates = _values[(id, year, segment)].ToList();
        return (candidates.FirstOrDefault(v => v.Division == division) ?? candidates.FirstOrDefault())?.Value;
    }
}
