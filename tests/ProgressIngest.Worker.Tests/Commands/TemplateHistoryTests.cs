using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Commands;

/// <summary>The next cycle's template shows, beside each input row, the value accepted in the cycle before.</summary>
public class TemplateHistoryTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Template_WithRootForTheNextYear_PreviousYearColumnShowsLastCyclesAcceptedValue()
    {
        using (var jinji = FilledWorkbook.Create(RepoPaths.Catalogue, "jinji", 2025))
        {
            jinji.IndicatorCell("OT-HOURS", "全体", IndicatorColumns.Value).SetValue(188.3);
            jinji.SaveAs(Path.Combine(_root.Inbox("jinji"), "r7.xlsx"));
        }

        CliRunner.Run("once", "--root", _root.Path, "--year", "R7");
        var output = Path.Combine(_root.Path, "r8_template.xlsx");

        var (code, _, error) = CliRunner.Run("template", "--division", "jinji", "--root", _root.Path, "--year", "R8", "--out", output);

        Assert.True(code == 0, error);
        using var template = new XLWorkbook(output);
        var sheet = template.Worksheet(SheetNames.Indicators);
        var header = sheet.RowsUsed().First(r => r.CellsUsed().Any(c => c.GetString() == IndicatorColumns.Id.Label));
        int Column(ColumnSpec spec) => header.CellsUsed().First(c => c.GetString() == spec.Label).Address.ColumnNumber;
        var row = sheet.RowsUsed().First(r => r.Cell(Column(IndicatorColumns.Id)).GetString() == "OT-HOURS" && r.Cell(Column(IndicatorColumns.Segment)).GetString() == "全体");
        Assert.Equal(188.3, row.Cell(Column(IndicatorColumns.PreviousValue)).GetDouble(), 6);
    }
}
