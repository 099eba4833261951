using ClosedXML.Excel;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Parsing;
using ProgressIngest.Core.Schema;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

public class TemplateWriterTests
{
    private static readonly FiscalYear Year = new(2025);

    private static Catalogue Catalogue => RepoPaths.Catalogue;

    private static byte[] Template(string division)
        => Xlsx.Write(s => TemplateWriter.Write(Catalogue, Catalogue.FindDivision(division)!, Year, s));

    [Fact]
    public void Write_AnyDivision_HasTheFourSheetsInOrder()
    {
        using var wb = Xlsx.Open(Template("jinji"));

        Assert.Equal(
            [SheetNames.Cover, SheetNames.Measures, SheetNames.Indicators, SheetNames.Guide],
            wb.Worksheets.Select(ws => ws.Name));
    }

    [Fact]
    public void Write_Cover_LabelsInColumnAValuesInColumnB()
    {
        using var wb = Xlsx.Open(Template("jinji"));
        var ws = wb.Worksheet(SheetNames.Cover);

        string ValueOf(string label) => ws.Cell(Xlsx.Find(ws, label).Row, 2).GetString();

        Assert.Equal("令和7年度 対応方針 進捗状況報告", ws.Cell("A1").GetString());
        Assert.Equal(1, Xlsx.Find(ws, CoverLabels.DivisionCode).Column);
        Assert.Equal(3, Xlsx.Find(ws, CoverLabels.DivisionCode).Row);
        Assert.Equal("jinji", ValueOf(CoverLabels.DivisionCode));
        Assert.Equal("人事課", ValueOf(CoverLabels.DivisionName));
        Assert.Equal("令和7年度", ValueOf(CoverLabels.ReportingYear));
        Assert.Equal(string.Empty, ValueOf(CoverLabels.SubmittedOn));
        Assert.Equal(Vocabulary.TemplateVersion, ValueOf(CoverLabels.TemplateVersion));
        Assert.Equal(Catalogue.Hash, ValueOf(CoverLabels.CatalogueHash));
        Assert.Contains(ws.CellsUsed(), c => c.GetString().Contains("灰色のセルは編集しないでください", StringComparison.Ordinal));

        var code = ws.Cell(Xlsx.Find(ws, CoverLabels.DivisionCode).Row, 2);
        var person = ws.Cell(Xlsx.Find(ws, "※" + CoverLabels.Person).Row, 2);
        Assert.Equal(XLColor.FromHtml("#D9D9D9"), code.Style.Fill.BackgroundColor);
        Assert.NotEqual(code.Style.Fill.BackgroundColor, person.Style.Fill.BackgroundColor);
    }

    [Fact]
    public void Write_Measures_HeaderAtRow3AndOneGreyRowPerAssignedMeasureInCatalogueOrder()
    {
        using var wb = Xlsx.Open(Template("compliance"));
        var ws = wb.Worksheet(SheetNames.Measures);
        var division = Catalogue.FindDivision("compliance")!;
        var expected = Catalogue.Measures.Where(m => division.Measures.Contains(m.Id)).ToList();

        Assert.Equal(MeasureColumns.All.Select(c => c.Label), Enumerable.Range(1, MeasureColumns.All.Count).Select(c => ws.Cell(3, c).GetString()));
        for (var i = 0; i < expected.Count; i++)
        {
            var row = 4 + i;
            Assert.Equal(expected[i].Id, ws.Cell(row, 1).GetString());
            Assert.Equal(XLDataType.Text, ws.Cell(row, 1).DataType);
            Assert.Equal(expected[i].Title, ws.Cell(row, 2).GetString());
            Assert.Equal(expected[i].Horizon ?? string.Empty, ws.Cell(row, 3).GetString());
            Assert.Equal(XLColor.FromHtml("#D9D9D9"), ws.Cell(row, 1).Style.Fill.BackgroundColor);
            Assert.Equal(string.Empty, ws.Cell(row, 4).GetString());
        }

        Assert.Equal(string.Empty, ws.Cell(4 + expected.Count, 1).GetString());
        Assert.Equal(3, ws.SheetView.SplitRow);
    }

    [Fact]
    public void Write_Measures_StatusColumnHasTheVocabularyAsDropDown()
    {
        using var wb = Xlsx.Open(Template("jinji"));
        var ws = wb.Worksheet(SheetNames.Measures);
        var cell = ws.Cell(4, 4);

        Assert.Equal(MeasureColumns.Status.Label, ws.Cell(3, 4).GetString());
        Assert.True(cell.HasDataValidation);
        Assert.Equal(XLAllowedValues.List, cell.DataValidation.AllowedValues);
        Assert.Equal("\"未着手,検討中,実施中,完了,継続実施\"", cell.DataValidation.Value);
        Assert.Equal(XLErrorStyle.Stop, cell.DataValidation.ErrorStyle);
        Assert.False(string.IsNullOrEmpty(cell.DataValidation.ErrorMessage));
    }

    [Fact]
    public void Write_Indicators_OneRowPerIndicatorAndSegmentWithTheYearItIsDueFor()
    {
        using var wb = Xlsx.Open(Template("compliance"));
        var ws = wb.Worksheet(SheetNames.Indicators);

        Assert.Equal(IndicatorColumns.All.Select(c => c.Label), Enumerable.Range(1, IndicatorColumns.All.Count).Select(c => ws.Cell(3, c).GetString()));
        var rows = Enumerable.Range(4, 20)
            .Where(r => ws.Cell(r, 1).GetString().Length > 0)
            .Select(r => $"{ws.Cell(r, 1).GetString()} {ws.Cell(r, 3).GetString()} {ws.Cell(r, 4).GetString()} {ws.Cell(r, 6).GetString()}")
            .ToList();

        Assert.Equal(
            [
                "IMPROPER-JAN 令和7年度 全体 件",
                "IMPROPER-FY 令和6年度 全体 件",
                "HEARING-WARD 令和7年度 全体 部署",
                "HEARING-HQ 令和7年度 全体 部署",
                "GOOD-PRACTICE 令和7年度 全体 回",
            ],
            rows);
        Assert.True(ws.Cell(4, 4).HasDataValidation);
        Assert.Contains("企業局", ws.Cell(4, 4).DataValidation.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Cover_PersonAndContactMarkedRequired()
    {
        using var wb = Xlsx.Open(Template("jinji"));
        var ws = wb.Worksheet(SheetNames.Cover);

        foreach (var label in new[] { CoverLabels.Person, CoverLabels.Contact })
        {
            var value = ws.Cell(Xlsx.Find(ws, "※" + label).Row, 2);
            Assert.True(value.HasDataValidation);
            Assert.True(value.DataValidation.ShowInputMessage);
            Assert.Contains("必須", value.DataValidation.InputTitle, StringComparison.Ordinal);
        }

        Assert.Contains(ws.CellsUsed(), c => c.GetString().Contains("※印は必須です", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_DivisionWithoutIndicators_StillWritesTheHeader()
    {
        using var wb = Xlsx.Open(Template("aoba"));
        var ws = wb.Worksheet(SheetNames.Indicators);

        Assert.Equal(IndicatorColumns.Id.Label, ws.Cell(3, 1).GetString());
        Assert.Equal(string.Empty, ws.Cell(4, 1).GetString());
    }

    [Fact]
    public void Write_Guide_ExplainsStatusesAndListsTheDivisionsMeasures()
    {
        using var wb = Xlsx.Open(Template("jinji"));
        var text = string.Join("\n", wb.Worksheet(SheetNames.Guide).CellsUsed().Select(c => c.GetString()));

        foreach (var status in Vocabulary.Statuses)
        {
            Assert.Contains(status, text, StringComparison.Ordinal);
        }

        Assert.Contains("inbox/jinji/", text, StringComparison.Ordinal);
        Assert.Contains("feedback/", text, StringComparison.Ordinal);
        Assert.Contains("53.4", text, StringComparison.Ordinal);
        Assert.Contains("1-1-01", text, StringComparison.Ordinal);
        Assert.Contains("OT-HOURS", text, StringComparison.Ordinal);
        Assert.Contains("実施内容・実績: 「未着手」以外は必須です。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ColumnSpec", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jinji")]
    [InlineData("compliance")]
    [InlineData("aoba")]
    public void Write_ReadBackByTheReader_FindsEverySheetAndColumn(string code)
    {
        var division = Catalogue.FindDivision(code)!;
        var raw = ExcelWorkbookReader.Read(Template(code), ReadLimits.Default);

        var submission = SubmissionParser.Parse(raw, Catalogue);

        Assert.DoesNotContain(submission.ReadFindings, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(submission.ReadFindings, f => f.RuleId == RuleIds.ColumnExtra);
        Assert.Equal(division.Measures.Order(StringComparer.Ordinal), submission.Measures.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal(code, submission.Cover!.DivisionCode);
        Assert.Equal(Year, submission.Cover.ReportingYear);
    }

    [Fact]
    public void Write_SameInputs_SameCellContent()
    {
        using var a = Xlsx.Open(Template("dx"));
        using var b = Xlsx.Open(Template("dx"));

        static IEnumerable<string> Cells(XLWorkbook wb)
            => wb.Worksheets.SelectMany(ws => ws.CellsUsed().Select(c => $"{ws.Name}!{c.Address}={c.GetString()}"));

        Assert.Equal(Cells(a), Cells(b));
    }
}
