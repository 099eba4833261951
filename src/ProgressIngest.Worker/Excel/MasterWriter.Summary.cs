using ClosedXML.Excel;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Worker.Excel;

internal static partial class MasterWriter
{
    public const string SegmentHeader = "区分";

    /// <summary>The report's section 3 tables: per indicator a title line, a year header and one row per segment or derived figure.</summary>
    private static void WriteSummary(IXLWorksheet ws, MasterModel model)
    {
        var title = ws.Cell(1, 1);
        CellText.Set(title, $"{FiscalYearParser.JapaneseLabel(model.ReportingYear)} 指標サマリ");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        CellText.Set(ws.Cell(2, 1), "令和6年度報告の基準値と、受理された提出の値から作成しています。斜体の行（差・増減）は自動計算です。");

        var row = 4;
        var maxYears = 0;
        foreach (var summary in model.Summary)
        {
            var heading = ws.Cell(row, 1);
            CellText.Set(heading, $"{summary.Name}（単位: {summary.Unit}）");
            heading.Style.Font.Bold = true;
            row++;

            var headerRow = row;
            CellText.Set(ws.Cell(row, 1), SegmentHeader);
            for (var y = 0; y < summary.Years.Count; y++)
            {
                CellText.Set(ws.Cell(row, y + 2), FiscalYearParser.Label(summary.Years[y]));
            }

            var lastColumn = summary.Years.Count + 1;
            var header = ws.Range(headerRow, 1, headerRow, lastColumn);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = Palette.Header;
            header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;

            foreach (var line in summary.Rows)
            {
                row++;
                CellText.Set(ws.Cell(row, 1), line.Label);
                for (var y = 0; y < line.Values.Count && y < summary.Years.Count; y++)
                {
                    if (line.Values[y] is { } value)
                    {
                        ws.Cell(row, y + 2).SetValue(value);
                    }
                }

                var format = line.Derived ? Signed(summary.Decimals) : NumberFormats.ForDecimals(summary.Decimals);
                ws.Range(row, 2, row, lastColumn).Style.NumberFormat.Format = format;
                if (line.Derived)
                {
                    ws.Range(row, 1, row, lastColumn).Style.Font.Italic = true;
                }
            }

            var block = ws.Range(headerRow, 1, row, lastColumn);
            block.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            block.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
            maxYears = Math.Max(maxYears, summary.Years.Count);
            row += 2;
        }

        var labels = model.Summary.SelectMany(s => s.Rows.Select(r => r.Label)).Prepend(SegmentHeader);
        ws.Column(1).Width = ColumnWidth.For(labels, 14, 40);
        for (var c = 2; c <= maxYears + 1; c++)
        {
            ws.Column(c).Width = 11;
        }

        PrintSetup.Landscape(ws);
    }

    /// <summary>Differences show their sign: +5.0 / -3.2.</summary>
    private static string Signed(int decimals)
    {
        var format = NumberFormats.ForDecimals(decimals);
        return $"+{format};-{format};{format}";
    }
}
