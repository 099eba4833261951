using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reading;
using ProgressIngest.Core.Reporting;
using static ProgressIngest.Core.Tests.RawBuilder;
using static ProgressIngest.Core.Tests.Trust.TrustChecks;

namespace ProgressIngest.Core.Tests.Validation;

/// <summary>
/// unit-mismatch names the cell that holds the wrong unit: a unit typed with the number is reported at the 値 cell,
/// quoting what was typed there; a wrong 単位 column at the 単位 cell. jinji's 指標 rows: OT-HOURS 4–6, SURVEY-Q32 7–9,
/// SURVEY-Q28 10–12, LIAISON-STAFF 13.
/// </summary>
public class UnitMismatchTests
{
    private static Finding UnitFinding(IngestReport report) => Assert.Single(report.Findings, f => f.RuleId == RuleIds.UnitMismatch);

    [Theory]
    [InlineData("SURVEY-Q32", "全体", "54時間", "E7", "値「54時間」の単位「時間」は、指標「繁忙感（Q32）」の単位「%」と異なります。", "「54」")]
    [InlineData("LIAISON-STAFF", null, "8人", "E13", "値「8人」の単位「人」は、指標「局区調整担当職員数」の単位「名」と異なります。", "「8」")]
    [InlineData("OT-HOURS", "全体", "190.1%", "E4", "値「190.1%」の単位「%」は、指標「超過勤務時間数」の単位「時間」と異なります。", "「190.1」")]
    public void Check_UnitTypedWithTheValue_ErrorAtTheValueCellQuotingTheTypedUnit(string id, string? segment, string typed, string cell, string message, string number)
    {
        var report = Check(Valid("jinji", indicators: i => Set(i, id, segment, 4, typed)).Build(), "jinji");

        var finding = UnitFinding(report);
        Assert.Equal((Severity.Error, "指標", cell, "値", typed), (finding.Severity, finding.Sheet, finding.Cell, finding.Field, finding.Value));
        Assert.Equal(message, finding.Message);
        Assert.Contains("単位を付けずに", finding.Fix);
        Assert.Contains(number, finding.Fix);
        Assert.Contains("換算", finding.Fix);
        Assert.Equal(Outcome.Returned, report.Outcome);
    }

    [Fact]
    public void Check_CountTypedInAPercentFormattedCell_NamesThePercentTheClerkSeesAndTheCellFormat()
    {
        // Excel stores 8 typed into a 0%-formatted cell as 0.08 and shows 8%.
        var report = Check(Valid("jinji", indicators: i => Set(i, "LIAISON-STAFF", null, 4, new RawCell(0, 0.08, "0%"))).Build(), "jinji");

        var finding = UnitFinding(report);
        Assert.Equal(("E13", "値"), (finding.Cell, finding.Field));
        Assert.Equal("値「8%」の単位「%」（セルの表示形式がパーセント）は、指標「局区調整担当職員数」の単位「名」と異なります。", finding.Message);
        Assert.Contains("表示形式", finding.Fix);
        Assert.Contains("0.08", finding.Fix);
    }

    [Fact]
    public void Check_PercentFormattedCellHoldingTheWholeNumber_NamesTheHundredsShown()
    {
        // With automatic percent entry off, 8 stays 8 and the cell shows 800%.
        var report = Check(Valid("jinji", indicators: i => Set(i, "LIAISON-STAFF", null, 4, new RawCell(0, 8.0, "0%"))).Build(), "jinji");

        Assert.StartsWith("値「800%」の単位「%」", UnitFinding(report).Message);
    }

    [Fact]
    public void Check_WrongUnitColumnWithAPlainValue_ErrorAtTheUnitCellQuotingTheUnitColumn()
    {
        var report = Check(Valid("jinji", indicators: i => Set(i, "OT-HOURS", "全体", 5, "分")).Build(), "jinji");

        Assert.Equal(["指標!F4 unit-mismatch"], Flat(report));
        var finding = report.Findings[0];
        Assert.Equal("単位", finding.Field);
        Assert.Equal("単位「分」が指標「超過勤務時間数」の単位「時間」と異なります。", finding.Message);
    }

    [Fact]
    public void Check_WrongUnitInBothCells_EachCellNamedOnce()
    {
        var report = Check(Valid("jinji", indicators: i =>
        {
            Set(i, "SURVEY-Q32", "全体", 4, "54時間");
            Set(i, "SURVEY-Q32", "全体", 5, "時間");
        }).Build(), "jinji");

        var cells = report.Findings.Where(f => f.RuleId == RuleIds.UnitMismatch).Select(f => f.Cell).Order(StringComparer.Ordinal);
        Assert.Equal(["E7", "F7"], cells);
    }

    [Theory]
    [InlineData("SURVEY-Q32", "全体", "54.0%")]
    [InlineData("SURVEY-Q32", "全体", "54.0％")]
    [InlineData("OT-HOURS", "全体", "190.1時間")]
    [InlineData("OT-HOURS", "全体", "190.1h")]
    [InlineData("LIAISON-STAFF", null, "8名")]
    public void Check_UnitOfTheIndicatorTypedWithTheValue_NoUnitFinding(string id, string? segment, string typed)
    {
        var report = Check(Valid("jinji", indicators: i => Set(i, id, segment, 4, typed)).Build(), "jinji");

        Assert.DoesNotContain(report.Findings, f => f.RuleId == RuleIds.UnitMismatch);
    }
}
