using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>What the template tells a division besides its input cells: the previous year's values, example dates and 記入方法.</summary>
public class TemplateReferenceTests
{
    private static Catalogue Catalogue => RepoPaths.Catalogue;

    private static IXLCell Previous(IXLWorksheet ws, string indicatorId, string segment)
        => TemplateSheets.IndicatorCell(ws, indicatorId, segment, IndicatorColumns.PreviousValue);

    private static IEnumerable<string> AllText(XLWorkbook wb)
        => wb.Worksheets.SelectMany(ws => ws.CellsUsed().Select(c => c.GetString())
            .Concat(ws.DataValidations.SelectMany(v => new[] { v.ErrorMessage, v.InputMessage })));

    [Fact]
    public void Write_PreviousYearColumn_ShowsTheBaselineValueGreyBesideEachRow()
    {
        using var wb = TemplateSheets.Open("jinji");
        var ws = wb.Worksheet(SheetNames.Indicators);

        Assert.Equal(IndicatorColumns.PreviousValue.Label, ws.Cell(3, TemplateSheets.ColumnOf(IndicatorColumns.PreviousValue)).GetString());
        Assert.Equal(192.6, Previous(ws, "OT-HOURS", "全体").GetDouble());
        Assert.Equal(78.3, Previous(ws, "SURVEY-Q28", "区役所").GetDouble());
        Assert.Equal(8, Previous(ws, "LIAISON-STAFF", "全体").GetDouble());
        Assert.Equal("#,##0.0", Previous(ws, "OT-HOURS", "全体").Style.NumberFormat.Format);
        Assert.Equal(XLColor.FromHtml("#D9D9D9"), Previous(ws, "OT-HOURS", "全体").Style.Fill.BackgroundColor);
    }

    [Fact]
    public void Write_PreviousYearColumn_ALaggedIndicatorShowsTheYearBeforeItsDueYear()
    {
        using var wb = TemplateSheets.Open("compliance");

        // IMPROPER-FY is due for R6 in the R7 cycle, so its reference is R5's 578.
        Assert.Equal(578, Previous(wb.Worksheet(SheetNames.Indicators), "IMPROPER-FY", "全体").GetDouble());
    }

    [Fact]
    public void Write_PreviousYearColumn_TakesAcceptedHistoryWhenGiven()
    {
        var known = PreviousYearValues.FromBaseline(Catalogue.Baseline)
            .Append(new HistoryValue("OT-HOURS", new FiscalYear(2025), "全体", 188.3m, "jinji", "人事課_進捗報告_R7.xlsx"))
            .ToList();

        using var wb = TemplateSheets.Open("jinji", 2026, known);
        var ws = wb.Worksheet(SheetNames.Indicators);

        Assert.Equal(188.3, Previous(ws, "OT-HOURS", "全体").GetDouble());
        Assert.Equal("（なし）", Previous(ws, "OT-HOURS", "本庁等").GetString());
    }

    [Theory]
    [InlineData("jinji")]
    [InlineData("aoba")]
    public void Write_ExampleDates_AreInsideTheReportingFiscalYear(string division)
    {
        using var wb = TemplateSheets.Open(division);
        var text = string.Join("\n", AllText(wb));

        Assert.Contains("2026/1/31", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2025/1/31", text, StringComparison.Ordinal);
        Assert.DoesNotContain("令和7年1月31日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Guide_ExplainsPendingExplainedAndInfoAndNeverAsksToDeleteRows()
    {
        using var wb = TemplateSheets.Open("jinji");
        var text = string.Join("\n", wb.Worksheet(SheetNames.Guide).CellsUsed().Select(c => c.GetString()));

        foreach (var word in new[] { "未確定", "集計中", "説明済み", "参考", "公表済み", "令和4年度〜令和6年度", "人事課が担当する", "読み取り結果" })
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("削除してください", text, StringComparison.Ordinal);
        Assert.Contains("行は削除しないでください", text, StringComparison.Ordinal);
    }
}
