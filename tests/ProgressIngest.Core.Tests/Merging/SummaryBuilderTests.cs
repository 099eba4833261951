using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Tests.Merging;

/// <summary>With only the baseline loaded, 指標サマリ must reproduce section 3 of the FY2024 report exactly.</summary>
public class SummaryBuilderTests
{
    private static readonly Dictionary<string, IndicatorSummary> Summary =
        MasterBuilder.Build(TestCatalogue.Real, new FiscalYear(2025), []).Summary.ToDictionary(s => s.IndicatorId);

    private static decimal? Cell(string indicator, string label, int year)
    {
        var summary = Summary[indicator];
        var column = summary.Years.ToList().IndexOf(new FiscalYear(year));
        return column < 0 ? null : summary.Rows.Single(r => r.Label == label).Values[column];
    }

    [Theory]
    [InlineData("OT-HOURS", "全体", "206.1 197.0 192.6")]
    [InlineData("OT-HOURS", "本庁等", "205.0 197.6 194.5")]
    [InlineData("OT-HOURS", "区役所", "210.1 194.6 185.8")]
    [InlineData("SURVEY-Q28", "全体", "79.9 80.1 80.5")]
    [InlineData("SURVEY-Q28", "本庁等", "81.4 82.1 82.4")]
    [InlineData("SURVEY-Q28", "区役所", "78.8 78.6 78.3")]
    [InlineData("IMPROPER-JAN", "全体", "356 345 311")]
    public void Build_BaselineOnly_TablesAsPrintedForR4ToR6(string indicator, string segment, string printed)
    {
        var expected = printed.Split(' ').Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, new[] { 2022, 2023, 2024 }.Select(y => Cell(indicator, segment, y)!.Value));
    }

    [Fact]
    public void Build_BaselineOnly_SurveyQ32StartsInR6AndShowsTheReportingYearAsNotSubmitted()
    {
        Assert.Equal([2024, 2025], Summary["SURVEY-Q32"].Years.Select(y => y.StartYear));
        Assert.Equal(Gap.NotSubmitted, Summary["SURVEY-Q32"].Rows[0].GapAt(1));
        Assert.Equal(53.4m, Cell("SURVEY-Q32", "全体", 2024));
        Assert.Equal(55.0m, Cell("SURVEY-Q32", "本庁等", 2024));
        Assert.Equal(53.4m, Cell("SURVEY-Q32", "区役所", 2024));
    }

    [Fact]
    public void Build_BaselineOnly_DifferencesTheReportQuotes()
    {
        // 「令和６年度には両者の差は8.7時間/年」
        Assert.Equal(8.7m, Cell("OT-HOURS", "差（本庁等−区役所）", 2024));

        // 「令和４年度には区役所の年平均超過勤務時間数が本庁等を上回っていた」
        Assert.True(Cell("OT-HOURS", "差（本庁等−区役所）", 2022) < 0);

        // 「本庁等は区役所より1.6ポイント肯定的回答の割合が高い」
        Assert.Equal(1.6m, Cell("SURVEY-Q32", "差（本庁等−区役所）", 2024));

        // 「令和６年度は4.1ポイント差」
        Assert.Equal(4.1m, Cell("SURVEY-Q28", "差（本庁等−区役所）", 2024));

        // 「令和５年度から令和６年度にかけては、34件減となり、前年度より減少幅は広がった」
        Assert.Equal(-34m, Cell("IMPROPER-JAN", "前年度からの増減（全体）", 2024));
        Assert.Equal(-11m, Cell("IMPROPER-JAN", "前年度からの増減（全体）", 2023));
    }

    [Fact]
    public void Build_SameInputs_SameModel()
    {
        var a = MasterBuilder.Build(TestCatalogue.Real, new FiscalYear(2025), []);
        var b = MasterBuilder.Build(TestCatalogue.Real, new FiscalYear(2025), []);

        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(a),
            System.Text.Json.JsonSerializer.Serialize(b));
    }
}
