using System.Globalization;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Drafting;

/// <summary>Drafts the yearly report from the master model: a pure function of the catalogue, the model and the sentence rules.</summary>
public static class DraftBuilder
{
    public const string PolicyName = "「適正事務の確保に向けた本庁と区役所の事務のありよう等における課題への対応方針」";

    public static ReportDraft Build(Catalogue catalogue, MasterModel model, SentenceRules? rules = null)
    {
        rules ??= SentenceRules.Default;
        var title = $"{PolicyName}(以下「対応方針」)の{ReportText.Year(model.ReportingYear)}における進捗状況等について（案）";
        var progress = model.Progress.ToLookup(p => p.MeasureId, StringComparer.Ordinal);
        return new ReportDraft(model.ReportingYear, title, Pillars(catalogue, progress), Fields(model), Indicators(catalogue, model, rules));
    }

    /// <summary>The priority fields (１ まちづくり推進課分野 …) with each ward's texts per theme, in catalogue order; also the master's 重点分野 sheet.</summary>
    public static IReadOnlyList<FieldSection> Fields(MasterModel model)
        => [.. model.Progress
            .Where(p => p.MeasureId.StartsWith('F'))
            .GroupBy(p => p.SubPillar)
            .Select((field, i) => new FieldSection(
                ReportText.FullWidthSingleDigits((i + 1).ToString(CultureInfo.InvariantCulture)),
                field.Key,
                [.. field.GroupBy(p => (p.MeasureId, p.Title)).Select(theme => new ThemeSection(
                    theme.Key.MeasureId,
                    theme.Key.Title,
                    [.. theme.Select(r => new WardTexts(r.Division, Text(r, r.Detail), Text(r, r.Issues), Text(r, r.Plan)))]))]))];

    public static IReadOnlyList<IndicatorSection> Indicators(Catalogue catalogue, MasterModel model, SentenceRules rules)
    {
        var series = model.Summary
            .Where(s => catalogue.FindIndicator(s.IndicatorId) is not null)
            .ToDictionary(s => s.IndicatorId, s => new IndicatorSeries(catalogue.FindIndicator(s.IndicatorId)!, s), StringComparer.Ordinal);
        var referenced = rules.References.Values.Select(r => r.IndicatorId).ToHashSet(StringComparer.Ordinal);
        return [.. catalogue.Indicators
            .Where(i => i.Source.StartsWith(rules.SectionThreeSource, StringComparison.Ordinal) && !referenced.Contains(i.Id) && series.ContainsKey(i.Id))
            .Select(i => Section(series[i.Id], series, rules))];
    }

    public static IndicatorSection Section(IndicatorSeries series, IReadOnlyDictionary<string, IndicatorSeries> all, SentenceRules rules)
    {
        var observations = new List<Observation?>();
        observations.AddRange(TrendSentence.Of(series, rules));
        observations.Add(LevelSentence.Of(series, rules));
        observations.Add(GapSentence.Of(series, rules));
        observations.Add(ChangeSentence.Of(series));
        observations.Add(ReferenceSentence.Of(series, all, rules));
        var values = series.Segments.SelectMany(s => series.Years.Select(y => series.Value(s, y))).OfType<decimal>();
        var indicator = series.Indicator;
        return new IndicatorSection(
            indicator.Id,
            $"{indicator.Name} {SentenceRules.Tag(indicator)}",
            indicator.Definition,
            series,
            AxisScale.For(values, indicator.Type),
            [.. observations.OfType<Observation>()]);
    }

    private static List<PillarSection> Pillars(Catalogue catalogue, ILookup<string, ProgressRow> progress)
        => [.. catalogue.Groups
            .Where(g => g.ParentId is null && !IsField(g))
            .Select(pillar => new PillarSection(
                ReportText.Parenthesised(Number(pillar.Id)),
                pillar.Title,
                [.. catalogue.Groups.Where(g => g.ParentId == pillar.Id).Select(sub => new SubPillarSection(
                    ReportText.Circled(Number(sub.Id)),
                    sub.Title,
                    [.. catalogue.Measures.Where(m => m.GroupId == sub.Id).Select(m => Measure(m, progress[m.Id]))]))]))];

    private static MeasureSection Measure(Measure measure, IEnumerable<ProgressRow> rows)
    {
        var list = rows.ToList();
        var heading = $"【{measure.Horizon}】{measure.Title}";
        return new MeasureSection(
            measure.Id,
            heading,
            [.. list.Select(r => Text(r, r.Detail))],
            [.. list.Select(r => Text(r, r.Plan))]);
    }

    private static DivisionText Text(ProgressRow row, string text) => new(row.Division, text, row.Source, row.Status, row.Gap);

    private static bool IsField(MeasureGroup group) => group.Id.StartsWith('F');

    /// <summary>The last number of a group id: 「1-3」 → 3, 「2」 → 2.</summary>
    private static int Number(string id) => int.Parse(id.Split('-')[^1], NumberStyles.None, CultureInfo.InvariantCulture);
}
