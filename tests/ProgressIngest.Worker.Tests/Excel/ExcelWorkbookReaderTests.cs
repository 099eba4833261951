using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Excel;

public class ExcelWorkbookReaderTests
{
    private static string[] Check(byte[] content, string division = "bpr")
    {
        var catalogue = RepoPaths.Catalogue;
        var report = SubmissionFile.Check(content, new SubmissionContext(catalogue, catalogue.FindDivision(division)!, new FiscalYear(2025), IndicatorHistory.FromBaseline(catalogue)), ReadLimits.Default);
        return [.. report.Findings.Select(f => $"{f.Sheet}!{f.Cell} {f.RuleId}")];
    }

    [Fact]
    public void Read_TitleRowsInsertedAboveTheHeader_FindingPointsAtTheShiftedCell()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        workbook.Indicators.Row(1).InsertRowsAbove(3);
        workbook.IndicatorCell("BPR-SUPPORT", "全体", IndicatorColumns.Value).SetValue("多数");

        Assert.Equal(["指標!E7 value-not-number"], Check(workbook.ToBytes()));
    }

    [Fact]
    public void Read_ExcelErrorValueInACell_ReportedAsAnErrorCellNotAsEmpty()
    {
        var bytes = WithCellXml(FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025), "指標", "E4", "<c r=\"E4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>");

        Assert.Equal(["指標!E4 excel-error-cell"], Check(bytes));
    }

    [Fact]
    public void Read_FormulaWithoutSavedResult_AsksToOpenAndSaveInExcel()
    {
        var bytes = WithCellXml(FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025), "指標", "E4", "<c r=\"E4\"><f>SUM(1,2)</f></c>");

        Assert.Equal(["指標!E4 formula-not-calculated"], Check(bytes));
    }

    [Fact]
    public void Read_FormulaWithCachedValue_UsesTheCachedValue()
    {
        var bytes = WithCellXml(FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025), "指標", "E4", "<c r=\"E4\"><f>80+1</f><v>81</v></c>");

        Assert.Empty(Check(bytes));
    }

    [Fact]
    public void Read_HiddenSheetWithData_Warning()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var hidden = workbook.Workbook.AddWorksheet("作業用");
        hidden.Cell(1, 1).SetValue("下書きの数値 999");
        hidden.Visibility = XLWorksheetVisibility.VeryHidden;

        Assert.Equal(["作業用! hidden-sheet-data"], Check(workbook.ToBytes()));
    }

    [Fact]
    public void Read_ErrorValueInAPlanCell_OnlyTheErrorNotAlsoAnEmptyPlan()
    {
        var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var cell = workbook.MeasureCell("1-3-04", MeasureColumns.Plan).Address.ToString()!;

        var bytes = WithCellXml(workbook, "取り組み進捗", cell, $"<c r=\"{cell}\" t=\"e\"><f>SUM(A1)&amp;\"x\"</f><v>#VALUE!</v></c>");

        Assert.Equal([$"取り組み進捗!{cell} excel-error-cell"], Check(bytes));
    }

    [Fact]
    public void Read_FormulaWithAnEmptySavedResultAsOpenpyxlWritesIt_AsksToOpenAndSaveInExcel()
    {
        var bytes = WithCellXml(FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025), "指標", "E4", "<c r=\"E4\"><f>10+2</f><v></v></c>");

        Assert.Equal(["指標!E4 formula-not-calculated"], Check(bytes));
    }

    [Fact]
    public void Read_FreeTextFormulaWithoutSavedResult_IsAnErrorNotASilentlyEmptyCell()
    {
        var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var cell = workbook.MeasureCell("1-3-04", MeasureColumns.Issues).Address.ToString()!;

        var bytes = WithCellXml(workbook, "取り組み進捗", cell, $"<c r=\"{cell}\"><f>\"式ではない\"</f><v/></c>");

        Assert.Contains($"取り組み進捗!{cell} formula-not-calculated", Check(bytes));
    }

    [Fact]
    public void Read_FormulaWhoseSavedResultIsTheEmptyString_WasCalculatedAndIsNotReportedAsUncalculated()
    {
        var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var cell = workbook.MeasureCell("1-3-04", MeasureColumns.Issues).Address.ToString()!;

        var bytes = WithCellXml(workbook, "取り組み進捗", cell, $"<c r=\"{cell}\" t=\"str\"><f>IF(1=1,\"\",\"x\")</f><v></v></c>");

        Assert.DoesNotContain(Check(bytes), f => f.EndsWith("formula-not-calculated", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StaleSheetHiddenAndAVisibleCopyUnderTheNameWithASpace_ReadsTheVisibleCopyAndSaysTheHiddenOneIsNot()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var stale = workbook.Indicators;
        var current = stale.CopyTo("指標 ");
        stale.Visibility = XLWorksheetVisibility.Hidden;
        var address = workbook.IndicatorCell("BPR-SUPPORT", "全体", IndicatorColumns.Value).Address.ToString()!;
        stale.Cell(address).SetValue(5);
        current.Cell(address).SetValue(9);

        var report = Report(workbook.ToBytes());

        var value = Assert.Single(report.Submission!.Indicators, e => e.IndicatorId == "BPR-SUPPORT" && e.Segment == "全体" && e.FiscalYear == new FiscalYear(2025));
        Assert.Equal(9m, value.Value.Value);
        Assert.Equal("指標 ", value.Sheet);
        Assert.Contains(report.Findings, f => f.RuleId == RuleIds.HiddenSheetData && f.Sheet == "指標");
    }

    [Fact]
    public void Read_TheOnlyIndicatorSheetIsHidden_IsNotReadAndTheSubmissionIsReturnedSayingToShowIt()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        workbook.Indicators.Visibility = XLWorksheetVisibility.Hidden;

        var report = Report(workbook.ToBytes());

        Assert.Equal(Outcome.Returned, report.Outcome);
        Assert.Empty(report.Submission!.Indicators);
        var finding = Assert.Single(report.Findings, f => f.Sheet == "指標");
        Assert.Equal(RuleIds.SheetMissing, finding.RuleId);
        Assert.Contains("非表示", finding.Message, StringComparison.Ordinal);
        Assert.Contains("再表示", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoVisibleSheetsThatBothCountAsTheIndicatorSheet_NeitherIsGuessed()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        workbook.Indicators.CopyTo("指標 ");

        var report = Report(workbook.ToBytes());

        Assert.Equal(Outcome.Returned, report.Outcome);
        Assert.Empty(report.Submission!.Indicators);
        var finding = Assert.Single(report.Findings, f => f.RuleId == RuleIds.SheetAmbiguous);
        Assert.Contains("「指標」、「指標 」", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PercentTypedIntoANotesCellThatExcelStoredAsANumber_RefusedAtThatCellQuotingTheStoredValue()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var notes = workbook.MeasureCell("1-3-04", MeasureColumns.Notes);
        notes.SetValue(0.5);
        notes.Style.NumberFormat.Format = "0%";

        var report = Report(workbook.ToBytes());

        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.FreeTextNotText, Severity.Error, "取り組み進捗", notes.Address.ToString()), (finding.RuleId, finding.Severity, finding.Sheet, finding.Cell));
        Assert.Contains("「0.5」", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Outcome.Returned, report.Outcome);
    }

    [Fact]
    public void Read_DateInAPlanCell_RefusedBecauseTheScreenTextCannotBeKept()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var plan = workbook.MeasureCell("1-3-04", MeasureColumns.Plan);
        plan.SetValue(new DateTime(2026, 4, 1));
        plan.Style.NumberFormat.Format = "m\"月\"d\"日\"";

        Assert.Equal([$"取り組み進捗!{plan.Address} free-text-not-text"], Check(workbook.ToBytes()));
    }

    [Theory]
    [InlineData(12345.0, "General")]
    [InlineData(3.5, "0.0")]
    [InlineData(42.0, "0")]
    public void Read_NumberInADetailCellShownAsStored_KeptWithoutAFinding(double value, string format)
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var detail = workbook.MeasureCell("1-3-04", MeasureColumns.Detail);
        detail.SetValue(value);
        detail.Style.NumberFormat.Format = format;

        Assert.Empty(Check(workbook.ToBytes()));
    }

    [Fact]
    public void Read_HiddenRowWithDataInTheIndicatorSheet_RefusedAtThatRowSayingToShowIt()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var row = workbook.IndicatorCell("BPR-SUPPORT", "全体", IndicatorColumns.Value).Address.RowNumber;
        workbook.Indicators.Row(row).Hide();

        var report = Report(workbook.ToBytes());

        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.HiddenRow, "指標", $"A{row}"), (finding.RuleId, finding.Sheet, finding.Cell));
        Assert.Contains("再表示", finding.Fix, StringComparison.Ordinal);
        Assert.Equal(Outcome.Returned, report.Outcome);
    }

    [Fact]
    public void Read_HiddenEmptyRowsBelowTheData_NoFinding()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var last = workbook.Indicators.LastRowUsed()!.RowNumber();
        workbook.Indicators.Rows(last + 1, last + 5).Hide();
        workbook.Indicators.Cell(last + 10, 1).Style.Fill.BackgroundColor = XLColor.Yellow;

        Assert.Empty(Check(workbook.ToBytes()));
    }

    [Fact]
    public void Read_ACopyNamedLikeTheIndicatorSheetBesideIt_WarnsThatTheCopyIsNotReadAndReadsTheRealOne()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var address = workbook.IndicatorCell("BPR-SUPPORT", "全体", IndicatorColumns.Value).Address.ToString()!;
        var copy = workbook.Indicators.CopyTo("指標 (2)");
        copy.Cell(address).SetValue(999);

        var report = Report(workbook.ToBytes());

        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.SimilarSheet, "指標 (2)"), (finding.RuleId, finding.Sheet));
        Assert.Equal(Outcome.AcceptedWithWarnings, report.Outcome);
        Assert.DoesNotContain(report.Submission!.Indicators, e => e.Value.Value == 999m);
    }

    private static IngestReport Report(byte[] content, string division = "bpr")
    {
        var catalogue = RepoPaths.Catalogue;
        return SubmissionFile.Check(content, new SubmissionContext(catalogue, catalogue.FindDivision(division)!, new FiscalYear(2025), IndicatorHistory.FromBaseline(catalogue)), ReadLimits.Default);
    }

    /// <summary>Replaces one cell's XML in a saved workbook, to make cells ClosedXML cannot write (errors, uncalculated formulas).</summary>
    private static byte[] WithCellXml(FilledWorkbook workbook, string sheet, string cell, string xml)
    {
        using (workbook)
        {
            var bytes = workbook.ToBytes();
            var index = workbook.Workbook.Worksheets.Select((w, i) => (w.Name, i)).Single(x => x.Name == sheet).i + 1;
            using var stream = new MemoryStream();
            stream.Write(bytes);
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            {
                var entry = zip.GetEntry($"xl/worksheets/sheet{index}.xml")!;
                string text;
                using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
                {
                    text = reader.ReadToEnd();
                }

                var start = text.IndexOf($"<x:c r=\"{cell}\"", StringComparison.Ordinal) is var x and >= 0 ? x : text.IndexOf($"<c r=\"{cell}\"", StringComparison.Ordinal);
                var prefix = text[start..].StartsWith("<x:", StringComparison.Ordinal) ? "x:" : string.Empty;
                var selfClosing = text.IndexOf("/>", start, StringComparison.Ordinal);
                var closing = text.IndexOf($"</{prefix}c>", start, StringComparison.Ordinal);
                var end = closing >= 0 && (selfClosing < 0 || closing < selfClosing || text.IndexOf('>', start) < selfClosing) ? closing + $"</{prefix}c>".Length : selfClosing + 2;
                var replacement = prefix.Length == 0 ? xml : xml.Replace("<", "<x:", StringComparison.Ordinal).Replace("<x:/", "</x:", StringComparison.Ordinal);
                text = text[..start] + replacement + text[end..];
                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry($"xl/worksheets/sheet{index}.xml").Open(), new UTF8Encoding(false));
                writer.Write(text);
            }

            return stream.ToArray();
        }
    }
}
