using ProgressIngest.Core.Drafting;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;
using ValueType = ProgressIngest.Core.Schema.ValueType;

namespace ProgressIngest.Core.Tests.Drafting;

/// <summary>The sentence rules beyond the seed: missing values, thresholds, narrowing and turning.</summary>
public class SentenceRuleTests
{
    private static readonly DateTimeOffset Received = new(2026, 2, 2, 0, 30, 0, TimeSpan.Zero);

    private static Dictionary<string, IndicatorSection> Sections(params IndicatorValue[] values)
    {
        SubmissionRecord[] records = values.Length == 0 ? [] :
        [
            new(1, "jinji", "人事課.xlsx", "h1", Received, Core.Reporting.Outcome.Accepted, [], new AcceptedData([], [.. values.Where(v => v.IndicatorId != "IMPROPER-JAN")])),
            new(2, "compliance", "コンプラ.xlsx", "h2", Received, Core.Reporting.Outcome.Accepted, [], new AcceptedData([], [.. values.Where(v => v.IndicatorId == "IMPROPER-JAN")])),
        ];
        var model = MasterBuilder.Build(TestCatalogue.Real, new FiscalYear(2025), records);
        return DraftBuilder.Indicators(TestCatalogue.Real, model, SentenceRules.Default).ToDictionary(s => s.IndicatorId);
    }

    private static IndicatorValue Value(string id, string segment, decimal? value) => new(id, new FiscalYear(2025), segment, value, null, "", "指標!E5");

    [Fact]
    public void Sentences_NothingSubmittedForR7_SayNeedsCheckInsteadOfAValue()
    {
        var ot = Sections()["OT-HOURS"];

        Assert.Contains("令和７年度の本庁等の値が未提出のため、本庁等と区役所の差は【要確認】。", ot.Observations.Select(o => o.Text));
        Assert.Contains(ot.Observations, o => o.Kind == ObservationKind.Trend && o.Text == "令和７年度の全体の値が未提出のため、全体の超過勤務時間数の傾向は【要確認】。");
        Assert.DoesNotContain(ot.Observations, o => o.Text.Contains("減少傾向", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_PendingValue_SaysPendingAndNeedsCheck()
    {
        var improper = Sections(Value("IMPROPER-JAN", "全体", null))["IMPROPER-JAN"];

        Assert.Contains("令和６年度から令和７年度にかけては、令和７年度の全体の値が未確定のため、増減は【要確認】。", improper.Observations.Select(o => o.Text));
    }

    [Fact]
    public void Change_SmallerFallThanTheYearBefore_SaysNarrowed()
    {
        var improper = Sections(Value("IMPROPER-JAN", "全体", 300))["IMPROPER-JAN"];

        Assert.Contains("令和６年度から令和７年度にかけては、11件減となり、前年度より減少幅は縮まった（前年度は34件減）。", improper.Observations.Select(o => o.Text));
    }

    [Fact]
    public void Change_RiseAfterAFall_SaysTurned()
    {
        var improper = Sections(Value("IMPROPER-JAN", "全体", 320))["IMPROPER-JAN"];

        Assert.Contains(improper.Observations, o => o.Text.Contains("9件増となり、前年度の減少から増加に転じた", StringComparison.Ordinal));
    }

    [Fact]
    public void Gap_WardsOvertakeInTheLatestYear_SaysSinceThatYear()
    {
        var ot = Sections(Value("OT-HOURS", "全体", 190m), Value("OT-HOURS", "本庁等", 185.0m), Value("OT-HOURS", "区役所", 195.5m))["OT-HOURS"];

        Assert.Contains(
            "令和５年度から令和６年度までは本庁等の超過勤務時間数が区役所を上回っていたが、令和７年度は区役所が本庁等を上回り、両者の差は10.5時間/年となった。",
            ot.Observations.Select(o => o.Text));
    }

    [Theory]
    [InlineData(ValueType.Percent, "80.0 80.2", Trend.Flat)]
    [InlineData(ValueType.Percent, "80.0 81.0", Trend.SlightlyUp)]
    [InlineData(ValueType.Percent, "80.0 77.0", Trend.Down)]
    [InlineData(ValueType.Number, "200 199", Trend.Flat)]
    [InlineData(ValueType.Number, "200 196", Trend.SlightlyDown)]
    [InlineData(ValueType.Number, "200 180 210", Trend.Mixed)]
    public void Judge_Thresholds_AsInTheRules(ValueType type, string values, Trend expected)
    {
        var list = values.Split(' ').Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(expected, TrendSentence.Judge(list, type, SentenceRules.Default));
    }

    [Fact]
    public void ReportText_Years_SingleDigitsFullWidth()
    {
        Assert.Equal("令和６年度", ReportText.Year(new FiscalYear(2024)));
        Assert.Equal("令和10年度", ReportText.Year(new FiscalYear(2028)));
        Assert.Equal("令和元年度", ReportText.Year(new FiscalYear(2019)));
    }

    [Fact]
    public void Catalogue_SectionThreeIndicators_HaveADefinition()
        => Assert.All(DraftBuilder.Indicators(TestCatalogue.Real, MasterBuilder.Build(TestCatalogue.Real, new FiscalYear(2024), []), SentenceRules.Default), s => Assert.NotEmpty(s.Definition));
}
