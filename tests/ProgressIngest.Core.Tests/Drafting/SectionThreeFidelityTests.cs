using ProgressIngest.Core.Drafting;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Tests.Drafting;

/// <summary>
/// With only the baseline and reporting year R6, section 3 of the draft states what section 3 of the
/// FY2024 report (seeds/000_e7f93bd2e2fab154.txt) states — one test per observation.
/// </summary>
public class SectionThreeFidelityTests
{
    private static readonly Dictionary<string, IndicatorSection> Sections =
        DraftBuilder.Indicators(TestCatalogue.Real, MasterBuilder.Build(TestCatalogue.Real, new FiscalYear(2024), []), SentenceRules.Default)
            .ToDictionary(s => s.IndicatorId);

    private static IReadOnlyList<string> Sentences(string indicator, ObservationKind kind)
        => [.. Sections[indicator].Observations.Where(o => o.Kind == kind).Select(o => o.Text)];

    [Fact]
    public void Indicators_SeedR6_TheFourIndicatorsOfSectionThreeInCatalogueOrder()
    {
        Assert.Equal(["OT-HOURS", "SURVEY-Q32", "SURVEY-Q28", "IMPROPER-JAN"], Sections.Keys);
        Assert.Equal("職員一人あたりの年平均超過勤務時間数（４月～１月末） 【量的指標】", Sections["OT-HOURS"].Heading);
        Assert.EndsWith("【質的指標】", Sections["SURVEY-Q28"].Heading, StringComparison.Ordinal);
        Assert.DoesNotContain(Sections.Values.SelectMany(s => s.Observations), o => o.NeedsCheck);
    }

    [Fact]
    public void OvertimeTrend_SeedR6_BothHeadquartersAndWardsDecreaseFromR4ToR6()
    {
        // 「令和４年度から令和６年度にかけて、本庁等・区役所ともに超過勤務時間数は減少傾向にある。」
        var sentence = Assert.Single(Sentences("OT-HOURS", ObservationKind.Trend));
        Assert.StartsWith("令和４年度から令和６年度にかけて、", sentence, StringComparison.Ordinal);
        Assert.Contains("本庁等・区役所ともに超過勤務時間数は減少傾向にある。", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void OvertimeGap_SeedR6_WardsAboveInR4HeadquartersAboveFromR5AndGapOf8Point7HoursInR6()
    {
        var sentence = Assert.Single(Sentences("OT-HOURS", ObservationKind.Gap));
        Assert.Equal(
            "令和４年度には区役所の超過勤務時間数が本庁等を上回っていたが、令和５年度以降は本庁等が区役所を上回り、令和６年度には両者の差は8.7時間/年となった。",
            sentence);
    }

    [Fact]
    public void SurveyQ32_SeedR6_BothAboveHalf()
    {
        // 「本庁等と区役所の双方において、…業務繁忙を感じている職員が半数を超えている。」
        var sentence = Assert.Single(Sentences("SURVEY-Q32", ObservationKind.Level));
        Assert.Equal("令和６年度は、全体・本庁等・区役所ともに肯定的回答の割合が半数を超えている。", sentence);
    }

    [Fact]
    public void SurveyQ32_SeedR6_HeadquartersHigherBy1Point6ButNoLargeDifference()
    {
        // 「本庁等は区役所より1.6ポイント肯定的回答の割合が高いが、本庁等と区役所間で繁忙感について大きな差は見られない。」
        var sentence = Assert.Single(Sentences("SURVEY-Q32", ObservationKind.Gap));
        Assert.Contains("本庁等は区役所より1.6ポイント肯定的回答の割合が高いが、", sentence, StringComparison.Ordinal);
        Assert.Contains("大きな差は見られない", sentence, StringComparison.Ordinal);
        Assert.Empty(Sentences("SURVEY-Q32", ObservationKind.Trend));
    }

    [Fact]
    public void SurveyQ28Trend_SeedR6_TotalAndHeadquartersSlightlyUpWardsSlightlyDown()
    {
        // 「全体及び本庁等では肯定的回答の割合が微増傾向にあり」「区役所においては肯定的回答の割合は微減傾向にある」
        Assert.Equal(
            ["令和４年度から令和６年度にかけて、全体及び本庁等では肯定的回答の割合が微増傾向にある。", "令和４年度から令和６年度にかけて、区役所では肯定的回答の割合が微減傾向にある。"],
            Sentences("SURVEY-Q28", ObservationKind.Trend));
    }

    [Fact]
    public void SurveyQ28_SeedR6_TotalAndHeadquartersAboveEightyPercent()
    {
        // 「肯定的回答が８割を超えている」
        Assert.Equal(["令和６年度は、全体及び本庁等では肯定的回答の割合が８割を超えている。"], Sentences("SURVEY-Q28", ObservationKind.Level));
    }

    [Fact]
    public void SurveyQ28Gap_SeedR6_WardsLowerAndGapOf4Point1Points()
    {
        // 「本庁等と比べて肯定的回答の割合が低く、令和６年度は4.1ポイント差となっている。」
        var sentence = Assert.Single(Sentences("SURVEY-Q28", ObservationKind.Gap));
        Assert.StartsWith("区役所は本庁等と比べて", sentence, StringComparison.Ordinal);
        Assert.EndsWith("肯定的回答の割合が低く、令和６年度は4.1ポイント差となっている。", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ImproperTrend_SeedR6_JanuaryCountDecreasing()
    {
        // 「１月末時点での件数は減少傾向にある。」
        Assert.Equal(["令和４年度から令和６年度にかけて、１月末時点での件数は減少傾向にある。"], Sentences("IMPROPER-JAN", ObservationKind.Trend));
    }

    [Fact]
    public void ImproperChange_SeedR6_34FewerAndTheFallWiderThanTheYearBefore()
    {
        // 「令和５年度から令和６年度にかけては、34件減となり、前年度より減少幅は広がった。」
        var sentence = Assert.Single(Sentences("IMPROPER-JAN", ObservationKind.Change));
        Assert.StartsWith("令和５年度から令和６年度にかけては、34件減となり、前年度より減少幅は広がった", sentence, StringComparison.Ordinal);
        Assert.Contains("前年度は11件減", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ImproperReference_SeedR6_FiscalYearTotals561And578()
    {
        Assert.Equal(["※【参考（年度計件数）】 令和４年度561件、令和５年度578件"], Sentences("IMPROPER-JAN", ObservationKind.Reference));
    }

    [Fact]
    public void Observations_SeedR6_EveryNumberHasItsSourceInTheNotes()
    {
        var gap = Sections["OT-HOURS"].Observations.Single(o => o.Kind == ObservationKind.Gap);

        Assert.Contains("令和６年度: 本庁等 194.5 − 区役所 185.8 = 8.7", gap.Notes);
        Assert.Contains(gap.Notes, n => n.StartsWith("令和６年度 本庁等 194.5時間: 令和6年度報告（基準値） ３ 対応方針に関連する指標", StringComparison.Ordinal));
        Assert.All(Sections.Values.SelectMany(s => s.Observations), o => Assert.NotEmpty(o.Notes));
    }

    [Fact]
    public void Axis_SeedR6_NotFromZeroLikeTheReportsFigures()
    {
        Assert.Equal(new AxisScale(180, 220, 10), Sections["OT-HOURS"].Axis);
        Assert.True(Sections["SURVEY-Q28"].Axis.Minimum > 70);
        Assert.True(Sections["IMPROPER-JAN"].Axis.Minimum >= 280);
    }
}
