
namespace ProgressIngest.Core.Drafting;

/// <summary>
/// 「令和５年度から令和６年度にかけては、34件減となり、前年度より減少幅は広がった。」: the change from the
/// previous year and how it compares with the year before. Written for an indicator with a single
/// segment (全体); for 本庁等/区役所 the trend and the gap say more.
/// </summary>
public static class ChangeSentence
{
    public static Observation? Of(IndicatorSeries series)
    {
        if (series.Segments.Count != 1 || series.Years.Count < 2)
        {
            return null;
        }

        var segment = series.Segments[0];
        var latest = series.Latest;
        var previous = series.Years[^2];
        var period = $"{ReportText.Year(previous)}から{ReportText.Year(latest)}にかけては";
        if (series.FirstWithout(segment, [latest, previous]) is { } missing)
        {
            return series.Unknown(ObservationKind.Change, segment, missing, "増減", $"{period}、");
        }

        var change = series.Value(segment, latest)!.Value - series.Value(segment, previous)!.Value;
        var notes = new List<string>
        {
            $"{series.Number(series.Value(segment, latest)!.Value)} − {series.Number(series.Value(segment, previous)!.Value)} = {series.Number(change)}",
            series.Cite(segment, latest),
            series.Cite(segment, previous),
        };
        var text = $"{period}、{Amount(series, change)}となり";
        decimal? before = series.Years.Count >= 3 && series.Value(segment, series.Years[^3]) is { } earliest
            ? series.Value(segment, previous)!.Value - earliest
            : null;
        if (before is { } b)
        {
            notes.Insert(1, $"前年度: {series.Number(series.Value(segment, previous)!.Value)} − {series.Number(series.Value(segment, series.Years[^3])!.Value)} = {series.Number(b)}");
            notes.Add(series.Cite(segment, series.Years[^3]));
            text += $"、{Compare(change, b)}（前年度は{Amount(series, b)}）";
        }

        return new Observation(ObservationKind.Change, text + "。", notes);
    }

    /// <summary>「34件減」「0.4ポイント増」「増減なし」.</summary>
    private static string Amount(IndicatorSeries series, decimal change)
        => change == 0 ? "増減なし" : $"{series.Number(Math.Abs(change))}{Validation.ValueText.ChangeUnit(series.Indicator)}{(change > 0 ? "増" : "減")}";

    private static string Compare(decimal change, decimal before)
    {
        string Direction(decimal c) => c > 0 ? "増加" : "減少";
        if (change == 0)
        {
            return "前年度から横ばいとなった";
        }

        if (before == 0)
        {
            return $"前年度の横ばいから{Direction(change)}に転じた";
        }

        if (Math.Sign(change) != Math.Sign(before))
        {
            return $"前年度の{Direction(before)}から{Direction(change)}に転じた";
        }

        var wider = Math.Abs(change).CompareTo(Math.Abs(before));
        return wider == 0 ? $"前年度と同じ{Direction(change)}幅となった"
            : $"前年度より{Direction(change)}幅は{(wider > 0 ? "広がった" : "縮まった")}";
    }
}
