using ValueType = ProgressIngest.Core.Schema.ValueType;

namespace ProgressIngest.Core.Drafting;

/// <summary>「令和６年度は、本庁等・区役所ともに肯定的回答の割合が半数を超えている。」: the highest milestone of a share in the latest year.</summary>
public static class LevelSentence
{
    public static Observation? Of(IndicatorSeries series, SentenceRules rules)
    {
        if (series.Indicator.Type != ValueType.Percent)
        {
            return null;
        }

        var latest = series.Latest;
        var reached = series.Segments
            .Select(s => (Segment: s, Value: series.Value(s, latest)))
            .Where(x => x.Value is not null)
            .Select(x => (x.Segment, Milestone: rules.Milestones.FirstOrDefault(m => x.Value!.Value > m.Percent)))
            .Where(x => x.Milestone.Words is not null)
            .ToList();
        if (reached.Count == 0)
        {
            return null;
        }

        var top = reached.MaxBy(x => x.Milestone.Percent).Milestone;
        var segments = reached.Where(x => x.Milestone == top).Select(x => x.Segment).ToList();
        var who = segments.Count == series.Segments.Count && segments.Count > 1 ? $"{ReportText.Dot(segments)}ともに" : $"{ReportText.And(segments)}では";
        return new Observation(
            ObservationKind.Level,
            $"{ReportText.Year(latest)}は、{who}{rules.Subject(series.Indicator)}が{top.Words}を超えている。",
            [.. segments.Select(s => series.Cite(s, latest))]);
    }
}
