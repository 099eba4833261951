using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Validation;

/// <summary>"Did you mean" hints from the catalogue for ids people mistype.</summary>
internal static class Suggest
{
    public static string Measure(Catalogue catalogue, string typed)
        => Closest(typed, catalogue.Measures.Select(m => (m.Id, m.Title))) is { } hit
            ? $"「{hit.Id}（{hit.Title}）」の誤りではありませんか。"
            : string.Empty;

    public static string Indicator(Catalogue catalogue, string typed)
        => Closest(typed, catalogue.Indicators.Select(i => (i.Id, i.ShortName))) is { } hit
            ? $"「{hit.Id}（{hit.Title}）」の誤りではありませんか。"
            : string.Empty;

    public static string IndicatorOwners(Catalogue catalogue, string indicatorId) => Owners(catalogue, d => d.Indicators, indicatorId);

    /// <summary>「継続」→ 継続実施: a choice the typed text starts, is part of, or misses by one character.</summary>
    public static string Choice(string typed, IReadOnlyList<string> choices)
    {
        if (typed.Length == 0)
        {
            return string.Empty;
        }

        var hits = choices.Where(c => c.StartsWith(typed, StringComparison.Ordinal) || typed.StartsWith(c, StringComparison.Ordinal)
                                      || c.Contains(typed, StringComparison.Ordinal) || EditDistance.Of(typed, c) <= 1).ToList();
        return hits.Count == 1 ? $"「{hits[0]}」の誤りではありませんか。" : string.Empty;
    }

    public static string OwnersOf(Catalogue catalogue, string measureId) => Owners(catalogue, d => d.Measures, measureId);

    /// <summary>「人事課、BPR推進課」: the divisions the registry assigns an id to, by name.</summary>
    private static string Owners(Catalogue catalogue, Func<Division, IReadOnlyList<string>> assigned, string id)
    {
        var owners = catalogue.Divisions.Where(d => assigned(d).Contains(id)).Select(d => d.Name).ToList();
        return owners.Count == 0 ? "なし" : string.Join("、", owners);
    }

    private static (string Id, string Title)? Closest(string typed, IEnumerable<(string Id, string Title)> candidates)
    {
        if (typed.Length == 0)
        {
            return null;
        }

        var best = candidates
            .Select(c => (Candidate: c, Distance: EditDistance.Of(typed, c.Id)))
            .OrderBy(x => x.Distance)
            .First();
        return best.Distance <= Math.Max(2, best.Candidate.Id.Length / 3) ? best.Candidate : null;
    }
}
