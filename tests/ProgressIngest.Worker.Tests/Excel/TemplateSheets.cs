using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Validation;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>A division's template as written, opened for reading back, and its 指標 cells by indicator and segment.</summary>
internal static class TemplateSheets
{
    public static XLWorkbook Open(string division, int year = 2025, IReadOnlyList<HistoryValue>? known = null)
        => Xlsx.Open(Xlsx.Write(s => TemplateWriter.Write(RepoPaths.Catalogue, RepoPaths.Catalogue.FindDivision(division)!, new FiscalYear(year), s, known)));

    public static int ColumnOf(ColumnSpec column) => IndicatorColumns.All.ToList().IndexOf(column) + 1;

    public static IXLCell IndicatorCell(IXLWorksheet ws, string indicatorId, string segment, ColumnSpec column)
    {
        var row = ws.RowsUsed().First(r => r.Cell(ColumnOf(IndicatorColumns.Id)).GetString() == indicatorId
                                           && r.Cell(ColumnOf(IndicatorColumns.Segment)).GetString() == segment);
        return ws.Cell(row.RowNumber(), ColumnOf(column));
    }
}
