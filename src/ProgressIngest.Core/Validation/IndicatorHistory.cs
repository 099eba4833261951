using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Validation;

/// <summary>
/// What is already known: the baseline from the report plus the values of every division's
/// accepted submission. Year-over-year and conflict checks look here.
/// </summary>
/// <remarks>
/// Kept current with <see cref="ReplaceDivision"/> rather than rebuilt per file: rebuilding from every
/// in-force submission made a run over N files cost O(N²). Values of a key keep the order they would
/// have if rebuilt: baseline first, then divisions in the order they were first added.
/// </remarks>
public sealed class IndicatorHistory
{
    private readonly Dictionary<(string Id, FiscalYear Year, string Segment), List<HistoryValue>> _values = [];
    private readonly Dictionary<string, int> _rank = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Id, FiscalYear Year, string Segment)>> _keysOf = new(StringComparer.Ordinal);

    public IndicatorHistory(IEnumerable<HistoryValue> values)
    {
        foreach (var value in values)
        {
            Append(value);
        }
    }

    public static IndicatorHistory Empty { get; } = new([]);

    public static IndicatorHistory FromBaseline(Catalogue catalogue, IEnumerable<HistoryValue>? accepted = null)
        => FromPublished(PublishedValues.FromCatalogue(catalogue), accepted);

    /// <summary>Published values (baseline, earlier cycles) first, as no division's; then this cycle's accepted values.</summary>
    public static IndicatorHistory FromPublished(PublishedValues published, IEnumerable<HistoryValue>? accepted = null)
        => new(published.All
            .Select(p => new HistoryValue(p.IndicatorId, p.FiscalYear, p.Segment, p.Value, null, p.Source))
            .Concat(accepted ?? []));

    /// <summary>Values for the key not reported by <paramref name="excludeDivision"/> (its own earlier submission is replaced, not compared).</summary>
    public IEnumerable<HistoryValue> Others(string id, FiscalYear year, string segment, string excludeDivision)
        => Get(id, year, segment).Where(v => v.Division != excludeDivision);

    /// <summary>The value to compare with for the previous year: an accepted submission first, else the baseline.</summary>
    public HistoryValue? Previous(string id, FiscalYear year, string segment, string division)
    {
        if (year == FiscalYear.MinValue)
        {
            return null;
        }

        var candidates = Get(id, year.Previous(), segment);
        return candidates.FirstOrDefault(v => v.Division == division)
            ?? candidates.FirstOrDefault(v => v.Division is not null)
            ?? candidates.FirstOrDefault();
    }

    public decimal? Value(string id, FiscalYear year, string segment, string division)
    {
        var candidates = Get(id, year, segment);
        return (candidates.FirstOrDefault(v => v.Division == division) ?? candidates.FirstOrDefault())?.Value;
    }

    /// <summary>A division's newly accepted submission replaces its values; a division seen for the first time goes last.</summary>
    public void ReplaceDivision(string division, IEnumerable<HistoryValue> values)
    {
        if (_keysOf.Remove(division, out var keys))
        {
            foreach (var key in keys.Distinct())
            {
                _values[key].RemoveAll(v => v.Division == division);
            }
        }

        var rank = RankOf(division);
        foreach (var value in values)
        {
            var list = ListFor(value);
            var at = list.FindIndex(v => v.Division is not null && RankOf(v.Division) > rank);
            list.Insert(at < 0 ? list.Count : at, value);
            Remember(division, value);
        }
    }

    private List<HistoryValue> Get(string id, FiscalYear year, string segment)
        => _values.TryGetValue((id, year, segment), out var list) ? list : [];

    private void Append(HistoryValue value)
    {
        ListFor(value).Add(value);
        if (value.Division is { } division)
        {
            RankOf(division);
            Remember(division, value);
        }
    }

    private List<HistoryValue> ListFor(HistoryValue value)
    {
        var key = (value.IndicatorId, value.FiscalYear, value.Segment);
        if (!_values.TryGetValue(key, out var list))
        {
            list = [];
            _values[key] = list;
        }

        return list;
    }

    private void Remember(string division, HistoryValue value)
    {
        if (!_keysOf.TryGetValue(division, out var keys))
        {
            keys = [];
            _keysOf[division] = keys;
        }

        keys.Add((value.IndicatorId, value.FiscalYear, value.Segment));
    }

    private int RankOf(string division)
    {
        if (!_rank.TryGetValue(division, out var rank))
        {
            rank = _rank.Count;
            _rank[division] = rank;
        }

        return rank;
    }
}
