using ProgressIngest.Core.Model;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Excel.Streaming;

namespace ProgressIngest.Worker.Charts;

/// <summary>
/// The small workbook embedded in a Word chart, so 「データの編集」 opens the numbers the chart shows:
/// on Sheet1, 区分 and the years in row 1, one row per segment below (the layout <see cref="LineChartSpec.ForTable"/> refers to).
/// </summary>
internal static class ChartWorkbook
{
    public const string Sheet = "Sheet1";

    public static byte[] Write(IReadOnlyList<FiscalYear> years, IReadOnlyList<(string Name, IReadOnlyList<decimal?> Values)> rows, int decimals)
    {
        using var stream = new MemoryStream();
        using (var package = new XlsxPackage(stream))
        {
            var styles = package.Styles;
            var number = styles.Cell(new CellFormat(NumberFormat: NumberFormats.ForDecimals(decimals)));
            using (var ws = package.AddSheet(Sheet, new SheetLayout([.. Enumerable.Repeat((10d, 0), years.Count + 1)])))
            {
                ws.BeginRow(1);
                ws.Text(1, "区分", 0);
                for (var y = 0; y < years.Count; y++)
                {
                    ws.Text(y + 2, years[y].Short, 0);
                }

                for (var r = 0; r < rows.Count; r++)
                {
                    ws.BeginRow(r + 2);
                    ws.Text(1, rows[r].Name, 0);
                    for (var y = 0; y < rows[r].Values.Count; y++)
                    {
                        if (rows[r].Values[y] is { } value)
                        {
                            ws.Number(y + 2, value, number);
                        }
                    }
                }

                ws.Finish([]);
            }

            package.Finish("グラフのデータ", null);
        }

        return stream.ToArray();
    }
}
