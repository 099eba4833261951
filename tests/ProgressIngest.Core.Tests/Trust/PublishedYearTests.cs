using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;
using static ProgressIngest.Core.Tests.RawBuilder;
using static ProgressIngest.Core.Tests.Trust.TrustChecks;

namespace ProgressIngest.Core.Tests.Trust;

public class PublishedYearTests
{
    private static RawBuilder JinjiWithR6(object value)
        => Valid("jinji", indicators: i => i.Add(Row("SURVEY-Q28", null, "R6", "区役所", value, "%", null, null)));

    [Fact]
    public void Check_PublishedYearWithAnotherValue_ErrorQuotingThePublishedFigure()
    {
        var report = Check(JinjiWithR6(77.0).Build(), "jinji");

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("指標", RuleIds.ValuePublished, Severity.Error), (finding.Sheet, finding.RuleId, finding.Severity));
        Assert.Equal($"E{report.Submission!.Indicators[^1].Row}", finding.Cell);
        Assert.Contains("78.3%", finding.Message);
        Assert.Contains("令和6年度報告", finding.Message);
        Assert.Equal(Outcome.Returned, report.Outcome);
    }

    [Fact]
    public void Check_PublishedYearWithThePublishedValue_AcceptedSilentlyAndAddsNothing()
    {
        var report = Check(JinjiWithR6(78.3).Build(), "jinji");

        Assert.Empty(Flat(report));
        var data = AcceptedData.From(report.Submission!, Context("jinji"));
        Assert.DoesNotContain(data.Indicators, v => v.FiscalYear == new FiscalYear(2024));
        var master = Master(("jinji", JinjiWithR6(78.3).Build()));
        Assert.Single(master.Indicators, r => r.IndicatorId == "SURVEY-Q28" && r.FiscalYear == new FiscalYear(2024) && r.Segment == "区役所");
    }

    [Fact]
    public void Master_AfterAnAttemptToOverwrite_SummaryStillShowsThePublishedFiguresAndGap()
    {
        var master = Master(("jinji", JinjiWithR6(77.0).Build()));

        Assert.Equal(78.3m, Summary(master, "SURVEY-Q28", "区役所", 2024));
        Assert.Equal(4.1m, Summary(master, "SURVEY-Q28", "差（本庁等−区役所）", 2024));
    }

    [Fact]
    public void Check_PublishedValueReportedAsPending_ErrorAtTheYear()
    {
        var report = Check(Valid("compliance", indicators: i => i.Add(Row("IMPROPER-JAN", null, "R5", "全体", "未確定", "件", null, "集計中"))).Build(), "compliance");

        Assert.Equal([$"指標!C{report.Submission!.Indicators[^1].Row} year-closed"], Flat(report));
    }

    [Fact]
    public void Check_EarlierCycleClosedTheYear_RefusedLikeTheBaseline()
    {
        var catalogue = TestCatalogue.Real;
        var r7 = new PublishedValue("OT-HOURS", new FiscalYear(2025), "全体", 190.0m, "令和7年度報告（人事課 / r7.xlsx）", "指標!E4");
        var context = new SubmissionContext(catalogue, catalogue.FindDivision("jinji")!, new FiscalYear(2026), IndicatorHistory.Empty)
        {
            Published = PublishedValues.FromCatalogue(catalogue, [r7]),
        };
        var workbook = Valid("jinji", indicators: i => i.Add(Row("OT-HOURS", null, "R7", "全体", 195.0, "時間", null, null)),
            cover: c => c[4] = Row("報告年度", "令和8年度")).Build();

        var report = SubmissionChecker.Check(workbook, context);

        var finding = Assert.Single(report.Findings, f => f.RuleId == RuleIds.ValuePublished && f.Value == "195");
        Assert.Contains("190.0時間", finding.Message);
        Assert.Contains("令和7年度報告（人事課 / r7.xlsx）", finding.Message);
    }

    [Fact]
    public void Master_NextCycle_ShowsTheEarlierCycleAsHistory()
    {
        var catalogue = TestCatalogue.Real;
        var r7 = new PublishedValue("OT-HOURS", new FiscalYear(2025), "本庁等", 190.0m, "令和7年度報告（人事課 / r7.xlsx）", "指標!E5");

        var master = MasterBuilder.Build(catalogue, new FiscalYear(2026), [], PublishedValues.FromCatalogue(catalogue, [r7]));

        var row = Assert.Single(master.Indicators, r => r.IndicatorId == "OT-HOURS" && r.FiscalYear == new FiscalYear(2025) && r.Segment == "本庁等");
        Assert.True(row.IsPublished);
        Assert.Equal(190.0m, row.Value);
        var summary = master.Summary.Single(s => s.IndicatorId == "OT-HOURS");
        Assert.Equal([2022, 2023, 2024, 2025, 2026], summary.Years.Select(y => y.StartYear));
        Assert.Equal(Gap.NotSubmitted, SummaryGap(master, "OT-HOURS", "本庁等", 2026));
    }

    [Fact]
    public void EarlierCycles_InForceAcceptedValuesOfAssignedIndicatorsBecomePublished()
    {
        var catalogue = TestCatalogue.Real;
        var received = DateTimeOffset.UnixEpoch;
        var r7 = new FiscalYear(2025);
        AcceptedData Data(decimal v) => new([], [new IndicatorValue("OT-HOURS", r7, "全体", v, null, "", "指標!E4"), new IndicatorValue("OT-HOURS", r7, "区役所", null, null, "", "指標!E6")]);
        var records = new (FiscalYear, SubmissionRecord)[]
        {
            (r7, new SubmissionRecord(1, "jinji", "old.xlsx", "a", received, Outcome.Accepted, [], Data(200m))),
            (r7, new SubmissionRecord(2, "jinji", "new.xlsx", "b", received, Outcome.Accepted, [], Data(190m))),
            (r7, new SubmissionRecord(3, "jinji", "bad.xlsx", "c", received, Outcome.Returned, [], null)),
            (r7, new SubmissionRecord(4, "aoba", "a.xlsx", "d", received, Outcome.Accepted, [], Data(150m))),
        };

        var values = EarlierCycles.Values(catalogue, records).ToList();

        var value = Assert.Single(values);
        Assert.Equal((190m, "令和7年度報告（人事課 / new.xlsx）"), (value.Value, value.Source));
    }
}
