using System.Globalization;
using ValueType = ProgressIngest.Core.Schema.ValueType;

namespace ProgressIngest.Core.Drafting;

/// <summary>
/// 「令和４年度から令和６年度にかけて、本庁等・区役所ともに超過勤務時間数は減少傾向にある。」: the
/// direction over the years shown, segments with the same direction named together.
/// </summary>
public static class TrendSentence
{
    public static IEnumerable<Observation> Of(IndicatorSeries series, SentenceRules rules)
    {
        if (series.Years.Count < 2)
        {
            yield break;
        }

        var period = $"{ReportText.Year(series.Years[0])}から{ReportText.Year(series.Latest)}にかけて";
        var subject = rules.Subject(series.Indicator);
        var judged = new List<(string Segment, Trend Trend)>();
        var missing = new List<Observation>();
        foreach (var segment in series.Segments)
        {
            if (series.FirstWithout(segment, series.Years) is { } gapYear)
            {
                missing.Add(series.Unknown(ObservationKind.Trend, segment, gapYear, $"{segment}の{subject}の傾向"));
                continue;
            }

            judged.Add((segment, Judge([.. series.Years.Select(y => series.Value(segment, y)!.Value)], series.Indicator.Type, rules)));
        }

        var groups = judged.GroupBy(j => j.Trend).ToList();
        foreach (var group in groups)
        {
            var segments = group.Select(g => g.Segment).ToList();
            var phrase = Phrase(group.Key);
            var text = segments.Count == 1 && series.Segments.Count == 1 ? $"{period}、{subject}は{phrase}。"
                : groups.Count == 1 && missing.Count == 0 && segments.Count > 1 ? $"{period}、{ReportText.Dot(segments)}ともに{subject}は{phrase}。"
                : $"{period}、{ReportText.And(segments)}では{subject}が{phrase}。";
            yield return new Observation(ObservationKind.Trend, text, [.. segments.SelectMany(s => Notes(series, s))]);
        }

        foreach (var observation in missing)
        {
            yield return observation;
        }
    }

    public static Trend Judge(IReadOnlyList<decimal> values, ValueType type, SentenceRules rules)
    {
        decimal Size(decimal from, decimal change) => type == ValueType.Percent ? Math.Abs(change)
            : from == 0 ? (change == 0 ? 0 : decimal.MaxValue) : Math.Abs(change / from);
        var (flat, slight) = type == ValueType.Percent ? (rules.FlatPoints, rules.SlightPoints) : (rules.FlatRatio, rules.SlightRatio);

        var steps = values.Zip(values.Skip(1), (a, b) => (From: a, Change: b - a)).Where(s => Size(s.From, s.Change) >= flat).ToList();
        if (steps.Exists(s => s.Change > 0) && steps.Exists(s => s.Change < 0))
        {
            return Trend.Mixed;
        }

        var total = values[^1] - values[0];
        var size = Size(values[0], total);
        return size < flat ? Trend.Flat
            : size < slight ? (total > 0 ? Trend.SlightlyUp : Trend.SlightlyDown)
            : total > 0 ? Trend.Up : Trend.Down;
    }

    private static string Phrase(Trend trend) => trend switch
    {
        Trend.Up => "増加傾向にある",
        Trend.SlightlyUp => "微増傾向にある",
        Trend.Down => "減少傾向にある",
        Trend.SlightlyDown => "微減傾向にある",
        Trend.Flat => "横ばいで推移している",
        _ => "年度により増減がみられる",
    };

    private static IEnumerable<string> Notes(IndicatorSeries series, string segment)
    {
        var values = series.Years.Select(y => series.Value(segment, y)!.Value).ToList();
        var change = values[^1] - values[0];
        var relative = values[0] == 0 ? string.Empty
            : $"、{(change / values[0]).ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture)}";
        yield return $"{segment}: {string.Join(" → ", values.Select(series.Number))}（{ReportText.Year(series.Years[0])}から{ReportText.Year(series.Latest)}で{Validation.ValueText.Change(change, series.Indicator)}{relative}）";
        foreach (var year in series.Years)
        {
            yield return series.Cite(segment, year);
        }
    }
}

public enum Trend
{
    Up,
    SlightlyUp,
    Flat,
    SlightlyDown,
    Down,

    /// <summary>Up one year and down another, each by more than "flat".</summary>
    Mixed,
}
