using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using static ProgressIngest.Core.Tests.RawBuilder;
using static ProgressIngest.Core.Tests.Trust.TrustChecks;

namespace ProgressIngest.Core.Tests.Trust;

/// <summary>The likely slip is named, once, at the cell the submitter sees.</summary>
public class MisdiagnosisTests
{
    [Fact]
    public void Check_ValueTypedInTheUnitColumn_OneFindingAtTheUnitCell()
    {
        var report = Check(Valid("kenshu", indicators: i =>
        {
            i[1][4] = null;
            i[1][5] = "２";
        }).Build(), "kenshu");

        Assert.Equal(["指標!F4 value-in-unit-column"], Flat(report));
        Assert.Contains("E4", report.Findings[0].Fix);
    }

    [Fact]
    public void Check_DetailMergedOverTwoMeasureRows_OneFindingOnTheVisibleCell()
    {
        var workbook = Valid("bpr").Merge("取り組み進捗", 4, 5, 5, 5).Build();

        var report = Check(workbook, "bpr");

        Assert.Equal(["取り組み進捗!E4 merged-input-cells"], Flat(report));
        Assert.Contains("E4:E5", report.Findings[0].Message);
    }

    [Fact]
    public void Check_TitleMergedAboveTheHeader_NoFinding()
    {
        Assert.Empty(Flat(Check(Valid("bpr").Merge("取り組み進捗", 1, 1, 2, 4).Build(), "bpr")));
    }

    [Fact]
    public void Check_AsOfDateTypedWithTheReportingEraYear_FixSuggestsTheDateInsideTheFiscalYear()
    {
        var report = Check(Valid("compliance", indicators: i => Set(i, "IMPROPER-JAN", null, 6, "R7.1.31")).Build(), "compliance");

        var finding = Assert.Single(report.Findings);
        Assert.Equal(RuleIds.AsOfOutsideYear, finding.RuleId);
        Assert.Contains("「2026/1/31」ではありませんか", finding.Fix);
    }

    [Fact]
    public void Check_StatusAbbreviated_DidYouMean()
    {
        var report = Check(Valid("bpr", measures: m => m[1][3] = "継続").Build(), "bpr");

        var finding = Assert.Single(report.Findings);
        Assert.Equal(RuleIds.StatusInvalid, finding.RuleId);
        Assert.Contains("「継続実施」の誤りではありませんか", finding.Message);
    }

    [Fact]
    public void Check_SheetRenamedCopy_DidYouMean()
    {
        var raw = Valid("bpr").Build();
        var renamed = raw with { Sheets = [.. raw.Sheets.Select(s => s.Name == "指標" ? s with { Name = "指標（修正）" } : s)] };

        var report = Check(renamed, "bpr");

        var finding = Assert.Single(report.Findings, f => f.RuleId == RuleIds.SheetMissing);
        Assert.Contains("「指標（修正）」", finding.Message);
        Assert.Contains("「指標」に戻して", finding.Fix);
    }

    [Fact]
    public void Check_CoverWithoutPersonContactAndDate_WarningsAndTheMasterCarriesWhatWasGiven()
    {
        var blank = Valid("bpr", cover: c =>
        {
            c[5] = Row("提出日");
            c[6] = Row("担当者");
            c[7] = Row("連絡先");
        }).Build();

        var report = Check(blank, "bpr");
        var master = Master(("bpr", Valid("bpr").Build()));

        Assert.Equal([RuleIds.CoverDateMissing, RuleIds.CoverPersonMissing, RuleIds.CoverContactMissing], report.Findings.Select(f => f.RuleId));
        var status = master.Status.Single(s => s.Division == "bpr");
        Assert.Equal(("業務 花子", "内線5678", new DateOnly(2026, 1, 30)), (status.Person, status.Contact, status.SubmittedOn));
    }
}
