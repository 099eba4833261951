using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;
using static ProgressIngest.Core.Tests.RawBuilder;
using static ProgressIngest.Core.Tests.Trust.TrustChecks;

namespace ProgressIngest.Core.Tests.Trust;

public class AuthorityTests
{
    private static RawBuilder AobaWithOvertime()
        => Valid("aoba", indicators: i =>
        {
            foreach (var segment in new[] { "全体", "本庁等", "区役所" })
            {
                i.Add(Row("OT-HOURS", null, "令和7年度", segment, 150, "時間", null, null));
            }
        });

    [Fact]
    public void Check_WardReportsJinjisIndicator_OneWarningPerRowSayingItIsNotImported()
    {
        var report = Check(AobaWithOvertime().Build(), "aoba");

        Assert.Equal([RuleIds.IndicatorNotAssigned, RuleIds.IndicatorNotAssigned, RuleIds.IndicatorNotAssigned], report.Findings.Select(f => f.RuleId));
        Assert.All(report.Findings, f => Assert.Contains("取り込みません（担当: 人事課）", f.Message));
        Assert.Empty(AcceptedData.From(report.Submission!, Context("aoba")).Indicators);
    }

    [Fact]
    public void Master_WardAfterJinji_SummaryKeepsJinjisValues()
    {
        var jinji = Valid("jinji", indicators: i => Set(i, "OT-HOURS", "全体", 4, 190.0)).Build();

        var master = Master(("jinji", jinji), ("aoba", AobaWithOvertime().Build()));

        Assert.Equal(190.0m, Summary(master, "OT-HOURS", "全体", 2025));
        Assert.DoesNotContain(master.Indicators, r => r.Value == 150m);
    }

    [Fact]
    public void Master_MeasureRowOfAnotherDivision_NotImportedBesideTheOwner()
    {
        var bpr = Valid("bpr").Build();
        var dx = Valid("dx", measures: m => m.Add(Row("1-3-04", null, null, "実施中", "DX推進課も伴走した。", null, "継続", null))).Build();

        var report = Check(dx, "dx");
        var master = Master(("bpr", bpr), ("dx", dx));

        Assert.Contains(report.Findings, f => f.RuleId == RuleIds.MeasureNotAssigned && f.Message.Contains("取り込みません", StringComparison.Ordinal));
        Assert.Equal(["BPR推進課（bpr）"], master.Progress.Where(p => p.MeasureId == "1-3-04").Select(p => p.Division));
        Assert.Equal(Outcome.AcceptedWithWarnings, report.Outcome);
    }
}
