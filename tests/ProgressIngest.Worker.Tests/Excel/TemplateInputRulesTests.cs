using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>The template's 入力規則: which years it offers, and the number and date rules on the cells a division types in.</summary>
public class TemplateInputRulesTests
{
    private static int LastFilledRow(IXLWorksheet ws) => ws.Column(1).LastCellUsed()!.Address.RowNumber;

    [Theory]
    [InlineData("jinji")]
    [InlineData("compliance")]
    [InlineData("bpr")]
    [InlineData("aoba")]
    public void Write_YearDropDown_NeverOffersAPublishedYear(string division)
    {
        using var wb = TemplateSheets.Open(division);
        var ws = wb.Worksheet(SheetNames.Indicators);
        var lagged = RepoPaths.Catalogue.Indicators.Where(i => i.Rules.LagYears > 0).Select(i => i.Id).ToHashSet();
        var reportsALaggedTotal = RepoPaths.Catalogue.FindDivision(division)!.Indicators.Any(lagged.Contains);

        for (var row = 4; row <= LastFilledRow(ws) + 10; row++)
        {
            var rule = ws.Cell(row, TemplateSheets.ColumnOf(IndicatorColumns.Year)).DataValidation;
            Assert.Equal(XLAllowedValues.List, rule.AllowedValues);
            Assert.DoesNotContain("令和4年度", rule.Value, StringComparison.Ordinal);
            Assert.DoesNotContain("令和5年度", rule.Value, StringComparison.Ordinal);
            if (!reportsALaggedTotal)
            {
                Assert.DoesNotContain("令和6年度", rule.Value, StringComparison.Ordinal);
            }

            var id = ws.Cell(row, 1).GetString();
            if (id.Length > 0 && !lagged.Contains(id))
            {
                Assert.Equal("\"令和7年度\"", rule.Value);
            }
        }
    }

    [Fact]
    public void Write_YearDropDown_ALaggedIndicatorsRowOffersOnlyTheYearItIsDueFor()
    {
        using var wb = TemplateSheets.Open("compliance");
        var ws = wb.Worksheet(SheetNames.Indicators);
        var spare = ws.Cell(LastFilledRow(ws) + 1, TemplateSheets.ColumnOf(IndicatorColumns.Year));

        // IMPROPER-FY (a year total) is due a year late: R6 is not published for it, unlike R6 of every other indicator.
        Assert.Equal("\"令和6年度\"", TemplateSheets.IndicatorCell(ws, "IMPROPER-FY", "全体", IndicatorColumns.Year).DataValidation.Value);
        Assert.Equal("\"令和7年度\"", TemplateSheets.IndicatorCell(ws, "IMPROPER-JAN", "全体", IndicatorColumns.Year).DataValidation.Value);
        Assert.Equal("\"令和7年度,令和6年度\"", spare.DataValidation.Value);
    }

    [Fact]
    public void Write_YearDropDown_DivisionWithoutIndicatorsOffersTheReportingYear()
    {
        using var wb = TemplateSheets.Open("aoba");

        Assert.Equal("\"令和7年度\"", wb.Worksheet(SheetNames.Indicators).Cell(4, TemplateSheets.ColumnOf(IndicatorColumns.Year)).DataValidation.Value);
    }

    [Fact]
    public void Write_Value_DecimalRuleWithTheIndicatorsLimitsThatOnlyWarns()
    {
        using var wb = TemplateSheets.Open("jinji");
        var ws = wb.Worksheet(SheetNames.Indicators);

        var hours = TemplateSheets.IndicatorCell(ws, "OT-HOURS", "区役所", IndicatorColumns.Value).DataValidation;
        Assert.Equal(XLAllowedValues.Decimal, hours.AllowedValues);
        Assert.Equal(XLOperator.Between, hours.Operator);
        Assert.Equal(["0", "720"], [hours.MinValue, hours.MaxValue]);
        // A warning, not a stop: 「未確定」 must stay typable.
        Assert.Equal(XLErrorStyle.Warning, hours.ErrorStyle);
        Assert.Contains("未確定", hours.ErrorMessage, StringComparison.Ordinal);

        var percent = TemplateSheets.IndicatorCell(ws, "SURVEY-Q28", "全体", IndicatorColumns.Value).DataValidation;
        Assert.Equal(["0", "100"], [percent.MinValue, percent.MaxValue]);

        var count = TemplateSheets.IndicatorCell(ws, "LIAISON-STAFF", "全体", IndicatorColumns.Value).DataValidation;
        Assert.Equal(XLAllowedValues.WholeNumber, count.AllowedValues);

        var spare = ws.Cell(LastFilledRow(ws) + 1, TemplateSheets.ColumnOf(IndicatorColumns.Value)).DataValidation;
        Assert.Equal(XLAllowedValues.Decimal, spare.AllowedValues);
    }

    [Fact]
    public void Write_AsOf_DateRuleOverTheFiscalYearTheRowReports()
    {
        using var wb = TemplateSheets.Open("compliance");
        var ws = wb.Worksheet(SheetNames.Indicators);

        static (DateTime, DateTime) Range(IXLDataValidation rule)
            => (DateTime.FromOADate(double.Parse(rule.MinValue, System.Globalization.CultureInfo.InvariantCulture)),
                DateTime.FromOADate(double.Parse(rule.MaxValue, System.Globalization.CultureInfo.InvariantCulture)));

        var current = TemplateSheets.IndicatorCell(ws, "IMPROPER-JAN", "全体", IndicatorColumns.AsOf).DataValidation;
        Assert.Equal(XLAllowedValues.Date, current.AllowedValues);
        Assert.Equal((new DateTime(2025, 4, 1), new DateTime(2026, 3, 31)), Range(current));
        Assert.Equal(XLErrorStyle.Warning, current.ErrorStyle);
        Assert.Contains("2026/1/31", current.ErrorMessage, StringComparison.Ordinal);

        var lagged = TemplateSheets.IndicatorCell(ws, "IMPROPER-FY", "全体", IndicatorColumns.AsOf).DataValidation;
        Assert.Equal((new DateTime(2024, 4, 1), new DateTime(2025, 3, 31)), Range(lagged));
        Assert.Contains("2025/1/31", lagged.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SentenceColumns_FormattedAsTextSoExcelKeepsWhatIsTyped()
    {
        using var wb = TemplateSheets.Open("jinji");
        var measures = wb.Worksheet(SheetNames.Measures);
        var header = measures.RowsUsed().First(r => r.CellsUsed().Any(c => c.GetString() == MeasureColumns.Detail.Label));
        var firstData = header.RowNumber() + 1;

        foreach (var spec in MeasureColumns.All.Where(c => c.IsFreeText))
        {
            var column = header.CellsUsed().Single(c => c.GetString() == spec.Label).Address.ColumnNumber;
            Assert.Equal("@", measures.Cell(firstData, column).Style.NumberFormat.Format);
        }

        var notes = TemplateSheets.IndicatorCell(wb.Worksheet(SheetNames.Indicators), "OT-HOURS", "全体", IndicatorColumns.Notes);
        Assert.Equal("@", notes.Style.NumberFormat.Format);
        Assert.NotEqual("@", TemplateSheets.IndicatorCell(wb.Worksheet(SheetNames.Indicators), "OT-HOURS", "全体", IndicatorColumns.Value).Style.NumberFormat.Format);
    }

    [Fact]
    public void Write_SubmittedOn_DateRuleAndDateFormat()
    {
        using var wb = TemplateSheets.Open("jinji");
        var ws = wb.Worksheet(SheetNames.Cover);
        var cell = ws.Cell(Xlsx.Find(ws, CoverLabels.SubmittedOn).Row, 2);

        Assert.Equal(XLAllowedValues.Date, cell.DataValidation.AllowedValues);
        Assert.Equal(XLErrorStyle.Warning, cell.DataValidation.ErrorStyle);
        Assert.Contains("2026/1/31", cell.DataValidation.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("yyyy/m/d", cell.Style.NumberFormat.Format);
    }

    [Theory]
    [InlineData("jinji")]
    [InlineData("compliance")]
    public void Write_WithEveryRule_PassesTheOpenXmlSchemaValidator(string division)
    {
        var bytes = Xlsx.Write(s => TemplateWriter.Write(RepoPaths.Catalogue, RepoPaths.Catalogue.FindDivision(division)!, new FiscalYear(2025), s));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document);

        Assert.Empty(errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }
}
