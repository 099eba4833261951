using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;
using static ProgressIngest.Core.Tests.RawBuilder;
using static ProgressIngest.Core.Tests.Trust.TrustChecks;

namespace ProgressIngest.Core.Tests.Trust;

public class ExplainedWarningTests
{
    [Fact]
    public void Check_YearOverYearWarningExplainedInNotes_ExplainedAndAccepted()
    {
        var report = Check(Valid("jinji", indicators: i =>
        {
            Set(i, "OT-HOURS", "区役所", 4, 240.0);
            Set(i, "OT-HOURS", "区役所", 7, "大雨災害対応のため");
            Set(i, "OT-HOURS", "全体", 4, 215.0);
            Set(i, "OT-HOURS", "全体", 7, "大雨災害対応のため");
        }).Build(), "jinji");

        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f => Assert.Equal((RuleIds.YearOverYear, FindingStatus.Explained, "大雨災害対応のため"), (f.RuleId, f.Status, f.Explanation)));
        Assert.Equal(Outcome.Accepted, report.Outcome);
        Assert.Equal((0, report.Findings.Count), (report.WarningCount, report.ExplainedCount));
    }

    [Fact]
    public void Check_YearOverYearWithoutNotes_OpenWarningInPoints()
    {
        var report = Check(Valid("jinji", indicators: i => Set(i, "SURVEY-Q28", "全体", 4, 70.0)).Build(), "jinji");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.YearOverYear, FindingStatus.Open), (finding.RuleId, finding.Status));
        Assert.Contains("70.0% は前年度の 80.5%", finding.Message);
        Assert.Contains("-10.5ポイント 変化", finding.Message);
        Assert.Equal(Outcome.AcceptedWithWarnings, report.Outcome);
    }

    [Fact]
    public void Check_AddedColumn_InfoThatDoesNotChangeTheOutcome()
    {
        var report = Check(Valid("bpr", measures: m =>
        {
            m[0] = [.. m[0], "担当係"];
            m[1] = [.. m[1], "企画係"];
        }).Build(), "bpr");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.ColumnExtra, Severity.Info), (finding.RuleId, finding.Severity));
        Assert.Equal(Outcome.Accepted, report.Outcome);
    }

    [Fact]
    public void Check_NotAssignedWarning_NotExplainedByNotes()
    {
        var report = Check(Valid("aoba", indicators: i => i.Add(Row("OT-HOURS", null, "R7", "全体", 190, "時間", null, "参考まで"))).Build(), "aoba");

        Assert.Equal(FindingStatus.Open, Assert.Single(report.Findings).Status);
        Assert.Equal(Outcome.AcceptedWithWarnings, report.Outcome);
    }
}
