using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ValueType = ProgressIngest.Core.Schema.ValueType;

namespace ProgressIngest.Core.Drafting;

/// <summary>
/// 本庁等 against 区役所 in the latest year: who is above, by how much, and since when —
/// 「令和４年度には区役所の超過勤務時間数が本庁等を上回っていたが、令和５年度以降は本庁等が区役所を上回り、
/// 令和６年度には両者の差は8.7時間/年となった。」
/// </summary>
public static class GapSentence
{
    private const string Hq = SummaryBuilder.Headquarters;
    private const string Wards = SummaryBuilder.Wards;

    public static Observation? Of(IndicatorSeries series, SentenceRules rules)
    {
        if (!series.Has(Hq) || !series.Has(Wards))
        {
            return null;
        }

        var latest = series.Latest;
        var latestText = ReportText.Year(latest);
        if (new[] { Hq, Wards }.FirstOrDefault(s => series.Value(s, latest) is null) is { } missing)
        {
            return series.Unknown(ObservationKind.Gap, missing, latest, $"{Hq}と{Wards}の差");
        }

        var difference = series.Value(Hq, latest)!.Value - series.Value(Wards, latest)!.Value;
        var size = series.Number(Math.Abs(difference)) + rules.GapUnit(series.Indicator);
        var subject = rules.Subject(series.Indicator);
        var (more, less) = SentenceRules.Comparatives(series.Indicator);
        var notes = new List<string> { $"{latestText}: {Hq} {series.Number(series.Value(Hq, latest)!.Value)} − {Wards} {series.Number(series.Value(Wards, latest)!.Value)} = {series.Number(difference)}" };
        notes.Add(series.Cite(Hq, latest));
        notes.Add(series.Cite(Wards, latest));
        if (difference == 0)
        {
            return new Observation(ObservationKind.Gap, $"{latestText}は{Hq}と{Wards}の{subject}が同じ値（{series.Text(series.Value(Hq, latest)!.Value)}）となっている。", notes);
        }

        var (higher, lower) = difference > 0 ? (Hq, Wards) : (Wards, Hq);
        var runStart = RunStart(series, Math.Sign(difference));
        var before = series.Years.TakeWhile(y => y < runStart).ToList();
        if (before.Count > 0 && Sign(series, before[^1]) == -Math.Sign(difference))
        {
            var previousStart = before.Count - 1;
            while (previousStart > 0 && Sign(series, before[previousStart - 1]) == -Math.Sign(difference))
            {
                previousStart--;
            }

            foreach (var year in before.Skip(previousStart))
            {
                notes.Add($"{ReportText.Year(year)}: {Hq} {series.Number(series.Value(Hq, year)!.Value)}、{Wards} {series.Number(series.Value(Wards, year)!.Value)}");
                notes.Add(series.Cite(Hq, year));
                notes.Add(series.Cite(Wards, year));
            }

            var then = previousStart == before.Count - 1
                ? $"{ReportText.Year(before[^1])}には"
                : $"{ReportText.Year(before[previousStart])}から{ReportText.Year(before[^1])}までは";
            var now = runStart == latest
                ? $"{latestText}は{higher}が{lower}を上回り、両者の差は{size}となった。"
                : $"{ReportText.Year(runStart)}以降は{higher}が{lower}を上回り、{latestText}には両者の差は{size}となった。";
            return new Observation(ObservationKind.Gap, $"{then}{lower}の{subject}が{higher}を上回っていたが、{now}", notes);
        }

        if (IsSmall(series, difference, rules))
        {
            return new Observation(
                ObservationKind.Gap,
                $"{latestText}、{higher}は{lower}より{size}{subject}が{more}いが、{Hq}と{Wards}間で大きな差は見られない。",
                notes);
        }

        var since = runStart < latest ? $"{ReportText.Year(runStart)}以降一貫して" : string.Empty;
        return new Observation(
            ObservationKind.Gap,
            $"{lower}は{higher}と比べて{since}{subject}が{less}く、{latestText}は{size}差となっている。",
            notes);
    }

    private static bool IsSmall(IndicatorSeries series, decimal difference, SentenceRules rules)
    {
        if (series.Indicator.Type == ValueType.Percent)
        {
            return Math.Abs(difference) < rules.SmallGapPoints;
        }

        var larger = Math.Max(Math.Abs(series.Value(Hq, series.Latest)!.Value), Math.Abs(series.Value(Wards, series.Latest)!.Value));
        return larger > 0 && Math.Abs(difference) / larger < rules.SmallGapRatio;
    }

    /// <summary>The first year of the run of years, ending with the latest, in which the same side is above.</summary>
    private static FiscalYear RunStart(IndicatorSeries series, int sign)
    {
        var start = series.Latest;
        for (var i = series.Years.Count - 2; i >= 0 && Sign(series, series.Years[i]) == sign; i--)
        {
            start = series.Years[i];
        }

        return start;
    }

    /// <summary>+1 when 本庁等 is above, −1 when 区役所 is, 0 when equal, 2 when a value is missing.</summary>
    private static int Sign(IndicatorSeries series, FiscalYear year)
        => series.Value(Hq, year) is { } hq && series.Value(Wards, year) is { } wards ? Math.Sign(hq - wards) : 2;
}
