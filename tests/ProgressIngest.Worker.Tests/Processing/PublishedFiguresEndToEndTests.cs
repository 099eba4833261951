using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Processing;

/// <summary>
/// A ward adding 人事課's indicator and 人事課 trying to change a published figure, through <c>once</c> on
/// real files: 指標サマリ still shows exactly the published R4–R6 figures and 人事課's own R7 values.
/// </summary>
public class PublishedFiguresEndToEndTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Once_WardOverrideAndPublishedYearChange_SummaryKeepsPublishedAndOwnersFigures()
    {
        var catalogue = RepoPaths.Catalogue;
        double jinjiTotal;
        using (var jinji = FilledWorkbook.Create(catalogue, "jinji", 2025))
        {
            jinjiTotal = jinji.IndicatorCell("OT-HOURS", "全体", IndicatorColumns.Value).GetDouble();
            jinji.SaveAs(Path.Combine(_root.Inbox("jinji"), "人事課.xlsx"));
        }

        using (var aoba = FilledWorkbook.Create(catalogue, "aoba", 2025))
        {
            foreach (var segment in new[] { "全体", "本庁等", "区役所" })
            {
                aoba.AddIndicatorRow("OT-HOURS", "令和7年度", segment, 150);
            }

            aoba.SaveAs(Path.Combine(_root.Inbox("aoba"), "青葉区.xlsx"));
        }

        using (var correction = FilledWorkbook.Create(catalogue, "jinji", 2025))
        {
            correction.AddIndicatorRow("SURVEY-Q28", "R6", "区役所", 77.0);
            correction.SaveAs(Path.Combine(_root.Inbox("jinji"), "人事課_修正.xlsx"));
            File.SetLastWriteTimeUtc(Path.Combine(_root.Inbox("jinji"), "人事課_修正.xlsx"), DateTime.UtcNow.AddMinutes(1));
        }

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.True(code == 0, error);
        using var master = new XLWorkbook(_root.MasterFile!);
        var summary = master.Worksheet("指標サマリ");
        Assert.Equal(["206.1", "197.0", "192.6", Text(jinjiTotal)], Row(summary, "超過勤務", "全体", ["R4", "R5", "R6", "R7"]));
        Assert.Equal(["78.8", "78.6", "78.3"], Row(summary, "Q28", "区役所", ["R4", "R5", "R6"]));
        Assert.Equal(["4.1"], Row(summary, "Q28", "差（本庁等−区役所）", ["R6"]));
        var status = master.Worksheet("提出状況").RowsUsed().First(r => r.Cell(1).GetString() == "jinji");
        Assert.Equal(("人事課_修正.xlsx", "差戻し"), (status.Cell(4).GetString(), status.Cell(6).GetString()));
        var values = master.Worksheet("指標").RowsUsed().Select(r => r.Cell(5).GetString()).ToList();
        Assert.DoesNotContain("150", values);
        Assert.DoesNotContain("77", values);
    }

    private static string Text(double value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The formatted cells of one line of an indicator's table in 指標サマリ.</summary>
    private static string[] Row(IXLWorksheet sheet, string titlePart, string label, string[] years)
    {
        var title = sheet.CellsUsed().First(c => c.Address.ColumnNumber == 1 && c.GetString().Contains(titlePart, StringComparison.Ordinal)).Address.RowNumber;
        var header = title + 1;
        var line = Enumerable.Range(header + 1, 30).First(r => sheet.Cell(r, 1).GetString() == label);
        return [.. years.Select(y => Enumerable.Range(2, 10).First(c => sheet.Cell(header, c).GetString() == y))
            .Select(c => Text(sheet.Cell(line, c).GetDouble()))];
    }
}
