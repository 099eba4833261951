using ProgressIngest.Core.Merging;

namespace ProgressIngest.Core.Drafting;

/// <summary>「※【参考（年度計件数）】 令和４年度561件、令和５年度578件」: a related indicator's figures under this one's.</summary>
public static class ReferenceSentence
{
    public static Observation? Of(IndicatorSeries series, IReadOnlyDictionary<string, IndicatorSeries> all, SentenceRules rules)
    {
        if (!rules.References.TryGetValue(series.Indicator.Id, out var reference) || !all.TryGetValue(reference.IndicatorId, out var other) || other.Segments.Count == 0)
        {
            return null;
        }

        var segment = other.Segments[0];
        var figures = other.Years.Select(y => other.Value(segment, y) is { } v
            ? $"{ReportText.Year(y)}{other.Text(v)}"
            : $"{ReportText.Year(y)}{SentenceRules.NeedsCheck}（{other.GapOf(segment, y)!.Value.Japanese()}）");
        return new Observation(
            ObservationKind.Reference,
            $"※【参考（{reference.Label}）】 {string.Join("、", figures)}",
            [.. other.Years.Select(y => other.Cite(segment, y))]);
    }
}
