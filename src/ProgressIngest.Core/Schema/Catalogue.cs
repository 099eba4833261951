namespace ProgressIngest.Core.Schema;

/// <summary>
/// Everything the service knows from schemas/ and seeds/: measures, indicators, divisions and
/// the baseline history. Immutable; built once at start-up by <see cref="CatalogueLoader"/>.
/// </summary>
public sealed class Catalogue
{
    private readonly Dictionary<string, Measure> _measures;
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly Dictionary<string, Division> _divisions;
    private readonly Dictionary<string, Indicator> _indicatorsByName;

    public Catalogue(
        IReadOnlyList<MeasureGroup> groups,
        IReadOnlyList<Measure> measures,
        IReadOnlyList<string> segments,
        IReadOnlyList<Indicator> indicators,
        IReadOnlyList<Division> divisions,
        IReadOnlyList<BaselineValue> baseline,
        string hash)
    {
        Groups = groups;
        Measures = measures;
        Segments = segments;
        Indicators = indicators;
        Divisions = divisions;
        Baseline = baseline;
        Hash = hash;
        _measures = measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _indicators = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _divisions = divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _indicatorsByName = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            _indicatorsByName.TryAdd(NameKey(indicator.Name), indicator);
            _indicatorsByName.TryAdd(NameKey(indicator.ShortName), indicator);
        }
    }

    public IReadOnlyList<MeasureGroup> Groups { get; }

    /// <summary>Measures then themes, in the report's order (catalogue order).</summary>
    public IReadOnlyList<Measure> Measures { get; }

    public IReadOnlyList<string> Segments { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    public IReadOnlyList<Division> Divisions { get; }

    public IReadOnlyList<BaselineValue> Baseline { get; }

    /// <summary>Short hash of the schema files; templates record it so an outdated template can be recognised.</summary>
    public string Hash { get; }

    public Measure? FindMeasure(string id) => _measures.GetValueOrDefault(id);

    public Indicator? FindIndicator(string id) => _indicators.GetValueOrDefault(id);

    /// <summary>Finds an indicator by its Japanese name or short name (submitters may type that instead of the id).</summary>
    public Indicator? FindIndicatorByName(string name) => _indicatorsByName.GetValueOrDefault(NameKey(name));

    public Division? FindDivision(string code) => _divisions.GetValueOrDefault(code);

    /// <summary>The division's name; a code no longer in the registry stands for itself.</summary>
    public string DivisionName(string code) => FindDivision(code)?.Name ?? code;

    public MeasureGroup? FindGroup(string id) => Groups.FirstOrDefault(g => g.Id == id);

    public int MeasureOrder(string id)
    {
        for (var i = 0; i < Measures.Count; i++)
        {
            if (Measures[i].Id == id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    public int IndicatorOrder(string id)
    {
        for (var i = 0; i < Indicators.Count; i++)
        {
            if (Indicators[i].Id == id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    public int SegmentOrder(string segment)
    {
        for (var i = 0; i < Segments.Count; i++)
        {
            if (Segments[i] == segment)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string NameKey(string s) => Normalising.TextNormaliser.Key(s);
}
