using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reading;
using ProgressIngest.Core.Reporting;
using static ProgressIngest.Core.Tests.RawBuilder;
using static ProgressIngest.Core.Tests.Trust.TrustChecks;

namespace ProgressIngest.Core.Tests.Trust;

/// <summary>Scale mistakes, values not known yet, and values that are missing.</summary>
public class ValueStateTests
{
    [Fact]
    public void Check_RatioInPercentIndicator_ErrorSuggestingPercentNotRounding()
    {
        var report = Check(Valid("jinji", indicators: i => Set(i, "SURVEY-Q32", "全体", 4, 0.534)).Build(), "jinji");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.ValuePercentAsRatio, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Contains("53.4", finding.Fix);
        Assert.DoesNotContain("四捨五入", finding.Fix);
    }

    [Fact]
    public void Check_PendingValueWithoutNotes_OpenWarningAndShownAsPendingInTheMaster()
    {
        var workbook = Valid("jinji", indicators: i => Set(i, "OT-HOURS", "区役所", 4, "集計中")).Build();

        var report = Check(workbook, "jinji");
        var master = Master(("jinji", workbook));

        Assert.Equal([RuleIds.ValuePending], report.Findings.Select(f => f.RuleId));
        Assert.Equal(Outcome.AcceptedWithWarnings, report.Outcome);
        var row = Assert.Single(master.Indicators, r => r is { IndicatorId: "OT-HOURS", FiscalYear.StartYear: 2025, Segment: "区役所" });
        Assert.Equal((null, Gap.Pending), (row.Value, row.Gap));
        Assert.Equal(Gap.Pending, SummaryGap(master, "OT-HOURS", "区役所", 2025));
        Assert.Equal(Gap.Pending, SummaryGap(master, "OT-HOURS", "差（本庁等−区役所）", 2025));
    }

    [Fact]
    public void Check_PendingValueWithWhenInNotes_Explained()
    {
        var report = Check(Valid("jinji", indicators: i =>
        {
            Set(i, "OT-HOURS", "区役所", 4, "未確定");
            Set(i, "OT-HOURS", "区役所", 7, "2月末に確定予定");
        }).Build(), "jinji");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((FindingStatus.Explained, "2月末に確定予定"), (finding.Status, finding.Explanation));
        Assert.Equal(Outcome.Accepted, report.Outcome);
    }

    [Fact]
    public void Check_OneSegmentRowMissing_ErrorWhoseFixPointsToPendingNotDeleting()
    {
        var report = Check(Valid("jinji", indicators: i => i.RemoveAll(r => Equals(r[0], "SURVEY-Q28") && Equals(r[3], "区役所"))).Build(), "jinji");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.IndicatorNotReported, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Contains("区役所", finding.Message);
        Assert.Contains("未確定", finding.Fix);
    }

    [Theory]
    [InlineData("令和七年度")]
    [InlineData("来年度")]
    public void Check_YearOfARowUnreadable_OneErrorAtTheYearCellNotAlsoAMissingRow(string year)
    {
        var report = Check(Valid("jinji", indicators: i => Set(i, "SURVEY-Q28", "区役所", 2, year)).Build(), "jinji");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.YearInvalid, "年度"), (finding.RuleId, finding.Field));
    }

    [Theory]
    [InlineData("－")]
    [InlineData("該当なし")]
    public void Check_NoValueMarkerInTheValueCell_ErrorQuotesWhatWasTypedInsteadOfCallingItEmpty(string typed)
    {
        var report = Check(Valid("jinji", indicators: i => Set(i, "SURVEY-Q28", "本庁等", 4, typed)).Build(), "jinji");

        var finding = Assert.Single(report.Findings);
        Assert.Equal(RuleIds.ValueMissing, finding.RuleId);
        Assert.Contains($"「{typed}」", finding.Message);
        Assert.DoesNotContain("未入力", finding.Message);
    }

    [Fact]
    public void Check_EmptyValueCell_ErrorThatNeverSaysDeleteTheRow()
    {
        var report = Check(Valid("jinji", indicators: i => Set(i, "SURVEY-Q28", "本庁等", 4, null)).Build(), "jinji");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.ValueMissing, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Contains("未確定", finding.Fix);
        Assert.DoesNotContain("削除してください", finding.Fix);
    }

    [Fact]
    public void Master_UnreadableWardFile_ItsThemesSayReturnedNotNothing()
    {
        var catalogue = TestCatalogue.Real;
        var unreadable = new SubmissionRecord(1, "izumi", "broken.xlsx", "h", DateTimeOffset.UnixEpoch, Outcome.Unreadable, [], null);

        var master = MasterBuilder.Build(catalogue, Year, [unreadable]);

        foreach (var theme in new[] { "F1-1", "F2-1", "F3-1", "F3-2", "F4-1" })
        {
            var row = Assert.Single(master.Progress, p => p.MeasureId == theme && p.Division == "泉区役所（izumi）");
            Assert.Equal((Gap.Returned, "差戻し中"), (row.Gap, row.Status));
            Assert.Contains("broken.xlsx", row.Source);
        }

        Assert.Equal(Gap.NotSubmitted, master.Progress.Single(p => p.MeasureId == "F1-1" && p.Division == "青葉区役所（aoba）").Gap);
    }

    [Fact]
    public void Master_NothingSubmitted_EveryAssignedPlaceSaysWhy()
    {
        var master = MasterBuilder.Build(TestCatalogue.Real, Year, []);

        Assert.All(master.Indicators.Where(r => !r.IsPublished), r => Assert.Equal(Gap.NotSubmitted, r.Gap));
        Assert.Equal(TestCatalogue.Real.Divisions.Sum(d => d.Measures.Count), master.Progress.Count);
        Assert.All(master.Summary.SelectMany(s => s.Rows.Where(r => !r.Derived).Select(r => (s, r))), x =>
        {
            for (var i = 0; i < x.s.Years.Count; i++)
            {
                Assert.True(x.r.Values[i] is not null || x.r.GapAt(i) is not null, $"{x.s.IndicatorId} {x.r.Label} {x.s.Years[i]} is a silent blank");
            }
        });
    }
}
