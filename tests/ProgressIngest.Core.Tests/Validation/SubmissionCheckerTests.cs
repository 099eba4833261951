using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reading;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;
using static ProgressIngest.Core.Tests.RawBuilder;

namespace ProgressIngest.Core.Tests.Validation;

public class SubmissionCheckerTests
{
    private static IngestReport Check(RawWorkbook workbook, string division = "bpr", IndicatorHistory? history = null)
    {
        var catalogue = TestCatalogue.Real;
        return SubmissionChecker.Check(workbook, new SubmissionContext(catalogue, catalogue.FindDivision(division)!, new FiscalYear(2025), history ?? IndicatorHistory.FromBaseline(catalogue)));
    }

    private static string[] Flat(IngestReport report) => [.. report.Findings.Select(f => $"{f.Sheet}!{f.Cell} {f.RuleId}")];

    [Fact]
    public void Check_ValidSubmission_IsAcceptedWithoutFindings()
    {
        var report = Check(ValidBpr().Build());

        Assert.Empty(Flat(report));
        Assert.Equal(Outcome.Accepted, report.Outcome);
    }

    [Fact]
    public void Check_StatusNotInVocabulary_ErrorAtTheStatusCell()
    {
        var report = Check(ValidBpr(measures: m => m[1][3] = "対応中").Build());

        Assert.Equal(["取り組み進捗!D4 status-invalid"], Flat(report));
        Assert.Equal(Outcome.Returned, report.Outcome);
    }

    [Fact]
    public void Check_TitleRowsAboveAndColumnsReordered_StillPointsAtTheTrueCell()
    {
        var measureRows = new[]
        {
            Row("進捗区分", "取り組みID", "実施内容・実績", "次年度以降の予定", "取り組み名"),
            Row("実施中", "1-3-03", "体制を整備した。", "継続する。", null),
            Row("やってる", "1-3-04", "81件を支援した。", "拡充する。", null),
        };
        var workbook = new RawBuilder()
            .Sheet("表紙", Row("所属コード", "bpr"), Row("報告年度", "R7"), Row("提出日", "2026/1/30"), Row("担当者", "業務 太郎"), Row("連絡先", "内線1234"),
                Row("テンプレート版", Layout.Vocabulary.TemplateVersion), Row("カタログ版", TestCatalogue.Real.Hash))
            .Sheet("取り組み進捗", 6, measureRows)
            .Sheet("指標", 1, Row("指標ID", "年度", "区分", "値"), Row("BPR-SUPPORT", "R7", "全体", 81), Row("BPR-SUPPORT-DONE", "R7", "全体", 40))
            .Build();

        var report = Check(workbook);

        Assert.Equal(["取り組み進捗!A8 status-invalid"], Flat(report));
    }

    [Fact]
    public void Check_UnknownMeasureId_SuggestsTheClosestOne()
    {
        Assert.Empty(Flat(Check(ValidBpr(measures: m => m[2][0] = "1-3-4").Build())));

        var typo = Check(ValidBpr(measures: m => m[2][0] = "1-3-O4").Build());
        var unknown = Assert.Single(typo.Findings, f => f.RuleId == "measure-unknown");
        Assert.Equal("A5", unknown.Cell);
        Assert.Contains("1-3-04", unknown.Message);
        Assert.Contains(typo.Findings, f => f.RuleId == "measure-not-reported");
    }

    [Fact]
    public void Check_FullWidthIdsEraYearsAndNumbersAsText_AreNormalised()
    {
        var report = Check(ValidBpr(
            measures: m => m[1][0] = "１－３－０３",
            indicators: i =>
            {
                i[1][2] = "Ｒ７";
                i[1][4] = "８１";
                i[2][2] = 2025;
                i[2][4] = "40件";
            }).Build());

        Assert.Empty(Flat(report));
    }

    [Fact]
    public void Check_IndicatorGivenByItsJapaneseName_IsAccepted()
    {
        var report = Check(ValidBpr(indicators: i => i[1][0] = "伴走支援件数").Build());

        Assert.Empty(Flat(report));
        Assert.Equal("BPR-SUPPORT", report.Submission!.Indicators[0].IndicatorId);
    }

    [Fact]
    public void Check_UnknownIndicator_SuggestsTheClosestId()
    {
        var report = Check(ValidBpr(indicators: i => i[1][0] = "BPR-SUPORT").Build());

        var finding = Assert.Single(report.Findings, f => f.RuleId == "indicator-unknown");
        Assert.Equal("A4", finding.Cell);
        Assert.Contains("BPR-SUPPORT", finding.Message);
    }

    [Fact]
    public void Check_CoverForAnotherReportingYear_Returned()
    {
        var workbook = ValidBpr().Build();
        var cover = workbook.Sheets[0] with { Rows = [.. workbook.Sheets[0].Rows.Select(r => r.Cells[0].Value as string == "報告年度" ? new RawRow(r.Number, [r.Cells[0], new RawCell(2, "令和6年度", null)]) : r)] };

        var report = Check(workbook with { Sheets = [cover, .. workbook.Sheets.Skip(1)] });

        Assert.Equal(["表紙!B5 cover-year-mismatch"], Flat(report));
    }

    [Fact]
    public void Check_ValueConflictsWithAnotherDivisionsAcceptedValue_Warning()
    {
        var catalogue = TestCatalogue.Real;
        var history = IndicatorHistory.FromBaseline(catalogue, [new HistoryValue("BPR-SUPPORT", new FiscalYear(2025), "全体", 70, "dx", "dx / other.xlsx")]);

        var report = Check(ValidBpr().Build(), history: history);

        Assert.Equal(["指標!E4 value-conflict"], Flat(report));
        Assert.Equal(Outcome.AcceptedWithWarnings, report.Outcome);
    }

    [Fact]
    public void Check_WrongUnit_Error()
    {
        var report = Check(ValidBpr(indicators: i => i[1][5] = "名").Build());

        Assert.Equal(["指標!F4 unit-mismatch"], Flat(report));
    }

    [Fact]
    public void Check_SegmentNotAllowed_Error()
    {
        var report = Check(ValidBpr(indicators: i => i[1][3] = "区役所").Build());

        Assert.Contains("指標!D4 segment-invalid", Flat(report));
    }

    [Fact]
    public void Check_DecimalOnAnInteger_Error()
    {
        var report = Check(ValidBpr(indicators: i => i[1][4] = 81.5).Build());

        Assert.Equal(["指標!E4 value-not-integer"], Flat(report));
    }

    [Fact]
    public void Check_PartExceedsWhole_ErrorAtThePartsValue()
    {
        var report = Check(ValidBpr(indicators: i => i[2][4] = 90).Build());

        Assert.Contains("指標!E5 part-exceeds-whole", Flat(report));
    }

    [Fact]
    public void Check_ValueNotANumber_ErrorWithTheTypedValue()
    {
        var report = Check(ValidBpr(indicators: i => i[1][4] = "たくさん").Build());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("value-not-number", "E4", "たくさん"), (finding.RuleId, finding.Cell, finding.Value));
    }

    [Fact]
    public void Check_DuplicateIndicatorRow_ErrorAtTheSecondRow()
    {
        var report = Check(ValidBpr(indicators: i => i.Add(Row("BPR-SUPPORT", "伴走支援件数", "R7", "全体", 81, "件"))).Build());

        Assert.Contains("指標!A6 indicator-duplicate", Flat(report));
    }

    [Fact]
    public void Check_AsOfDateOutsideFiscalYear_Error()
    {
        var report = Check(ValidBpr(indicators: i => i[1][6] = "2025/3/31").Build());

        Assert.Equal(["指標!G4 asof-outside-year"], Flat(report));
    }

    [Fact]
    public void Check_CoverNamesAnotherDivision_Returned()
    {
        var workbook = ValidBpr().Build();
        var cover = workbook.Sheets[0] with { Rows = [.. workbook.Sheets[0].Rows.Select(r => r.Cells[0].Value as string == "所属コード" ? new RawRow(r.Number, [r.Cells[0], new RawCell(2, "dx", null)]) : r)] };

        var report = Check(workbook with { Sheets = [cover, .. workbook.Sheets.Skip(1)] });

        Assert.Equal(["表紙!B3 cover-division-mismatch"], Flat(report));
    }

    [Fact]
    public void Check_OvertimeTotalOutsideComponents_ErrorAtTheTotal()
    {
        var workbook = new RawBuilder()
            .Sheet("表紙", Row("所属コード", "jinji"), Row("報告年度", "令和7年度"))
            .Sheet("取り組み進捗", Row("取り組みID", "進捗区分", "実施内容・実績"))
            .Sheet("指標", Row("指標ID", "年度", "区分", "値"),
                Row("OT-HOURS", "R7", "全体", 200.0),
                Row("OT-HOURS", "R7", "本庁等", 190.2),
                Row("OT-HOURS", "R7", "区役所", 182.9))
            .Build();

        var report = Check(workbook, "jinji");

        Assert.Contains("指標!D2 total-not-between", Flat(report));
        Assert.Contains(report.Findings, f => f.RuleId == "measure-not-reported");
        Assert.Contains(report.Findings, f => f.RuleId == "template-outdated");
    }

    [Fact]
    public void Check_OvertimeAboveSoftAndHardLimits_WarningThenError()
    {
        static RawWorkbook With(double value) => new RawBuilder()
            .Sheet("表紙", Row("所属コード", "jinji"), Row("報告年度", "令和7年度"))
            .Sheet("取り組み進捗", Row("取り組みID", "進捗区分", "実施内容・実績"))
            .Sheet("指標", Row("指標ID", "年度", "区分", "値"), Row("OT-HOURS", "R7", "本庁等", value))
            .Build();

        Assert.Contains("指標!D2 value-soft-high", Flat(Check(With(400), "jinji")));
        Assert.Contains("指標!D2 value-above-max", Flat(Check(With(800), "jinji")));
        Assert.DoesNotContain(Flat(Check(With(190), "jinji")), f => f.StartsWith("指標!D2 value-", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SurveyQ32BeforeItsFirstYear_Error()
    {
        var workbook = new RawBuilder()
            .Sheet("表紙", Row("所属コード", "jinji"), Row("報告年度", "令和7年度"))
            .Sheet("取り組み進捗", Row("取り組みID", "進捗区分", "実施内容・実績"))
            .Sheet("指標", Row("指標ID", "年度", "区分", "値"), Row("SURVEY-Q32", "令和5年度", "全体", 50.0))
            .Build();

        Assert.Contains("指標!B2 year-before-first", Flat(Check(workbook, "jinji")));
    }

    [Fact]
    public void Check_PercentCellStoredAsFraction_ReadAsPercentage()
    {
        var workbook = new RawBuilder()
            .Sheet("表紙", Row("所属コード", "jinji"), Row("報告年度", "令和7年度"))
            .Sheet("取り組み進捗", Row("取り組みID", "進捗区分", "実施内容・実績"))
            .Sheet("指標", Row("指標ID", "年度", "区分", "値"), Row("SURVEY-Q28", "R7", "全体", new RawCell(0, 0.809, "0.0%")))
            .Build();

        var report = Check(workbook, "jinji");

        Assert.Equal(80.9m, report.Submission!.Indicators.Single().Value.Value);
        Assert.DoesNotContain(Flat(report), f => f.StartsWith("指標!D2", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_LargeYearOverYearChange_Warning()
    {
        var report = Check(ValidBpr(indicators: i =>
        {
            i[1][4] = 200;
            i[2][4] = 40;
        }).Build());

        Assert.Contains("指標!E4 year-over-year", Flat(report));
        Assert.Equal(Outcome.AcceptedWithWarnings, report.Outcome);
    }

    [Fact]
    public void Check_ExcelErrorCell_ReportedAsSuch()
    {
        var report = Check(ValidBpr(indicators: i => i[1][4] = new RawCell(0, "#DIV/0!", null, IsError: true)).Build());

        Assert.Contains("指標!E4 excel-error-cell", Flat(report));
    }

    [Fact]
    public void Check_MissingSheet_Error()
    {
        var workbook = ValidBpr().Build();
        var report = Check(workbook with { Sheets = [.. workbook.Sheets.Where(s => s.Name != "指標")] });

        Assert.Contains("指標! sheet-missing", Flat(report));
    }
}
