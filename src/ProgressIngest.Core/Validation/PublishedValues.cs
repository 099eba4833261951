using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Validation;

/// <summary>
/// History that submissions can no longer change: the report's baseline and the values closed by
/// earlier reporting cycles. A year is closed for an indicator once any value of that indicator and
/// year has been published; corrections go through seeds/, reviewed by the planning division.
/// </summary>
public sealed class PublishedValues
{
    public const string BaselineSource = "令和6年度報告（基準値）";

    private readonly Dictionary<(string Id, FiscalYear Year, string Segment), PublishedValue> _values = [];
    private readonly HashSet<(string Id, FiscalYear Year)> _closedYears = [];
    private readonly List<PublishedValue> _all = [];

    /// <param name="values">In priority order: the first value for a key wins (baseline before earlier cycles, older cycles first).</param>
    public PublishedValues(IEnumerable<PublishedValue> values)
    {
        foreach (var value in values)
        {
            if (_values.TryAdd((value.IndicatorId, value.FiscalYear, value.Segment), value))
            {
                _closedYears.Add((value.IndicatorId, value.FiscalYear));
                _all.Add(value);
            }
        }
    }

    public static PublishedValues FromCatalogue(Catalogue catalogue, IEnumerable<PublishedValue>? earlierCycles = null)
        => new(catalogue.Baseline
            .Select(b => new PublishedValue(b.IndicatorId, b.FiscalYear, b.Segment, b.Value, BaselineSource, b.Source))
            .Concat(earlierCycles ?? []));

    public IReadOnlyList<PublishedValue> All => _all;

    public PublishedValue? Find(string indicatorId, FiscalYear fiscalYear, string segment)
        => _values.GetValueOrDefault((indicatorId, fiscalYear, segment));

    public bool IsClosed(string indicatorId, FiscalYear fiscalYear) => _closedYears.Contains((indicatorId, fiscalYear));

    /// <summary>True when any published value of the indicator is above 1: its percentages are written as 53.4, not 0.534.</summary>
    public bool HasValueAboveOne(string indicatorId) => _all.Exists(v => v.IndicatorId == indicatorId && v.Value > 1m);
}
