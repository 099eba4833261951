using ProgressIngest.Core.Merging;
using ProgressIngest.Worker.Excel.Streaming;

namespace ProgressIngest.Worker.Excel;

internal static partial class MasterWriter
{
    public const string SegmentHeader = "区分";

    private static readonly CellFormat TitleFormat = new(Bold: true, FontSize: 14);
    private static readonly CellFormat HeadingFormat = new(Bold: true);
    private static readonly CellFormat YearHeaderFormat = new(Bold: true, Fill: XlsxStyles.Argb(Palette.Header), Border: true, Center: true);
    private static readonly CellFormat LineFormat = new(Border: true);
    private static readonly CellFormat GapFormat = new(Border: true, Center: true, Fill: XlsxStyles.Argb(Palette.Missing));

    /// <summary>The report's section 3 tables: per indicator a title line, a year header and one row per segment or derived figure.</summary>
    private static void WriteSummary(XlsxPackage package, MasterModel model)
    {
        var styles = package.Styles;
        var labels = model.Summary.SelectMany(s => s.Rows.Select(r => r.Label)).Prepend(SegmentHeader);
        var maxYears = model.Summary.Select(s => s.Years.Count).DefaultIfEmpty(0).Max();
        var columns = new List<(double Width, int Style)> { (ColumnWidth.For(labels, 14, 40), 0) };
        columns.AddRange(Enumerable.Repeat((11d, 0), maxYears));
        using var ws = package.AddSheet(SummarySheet, new SheetLayout(columns));

        ws.BeginRow(1);
        Text(ws, styles, 1, $"{model.ReportingYear.Japanese} 指標サマリ", TitleFormat);
        ws.BeginRow(2);
        Text(ws, styles, 1, "令和6年度報告の基準値（前年度までの報告で公表済みの値を含む）と、受理された提出の値から作成しています。斜体の行（差・増減）は自動計算です。値のない欄には理由（未提出・差戻し中・未報告・未確定）を表示します。", new CellFormat());

        var row = 4;
        foreach (var summary in model.Summary)
        {
            ws.BeginRow(row++);
            var unit = summary.ChangeUnit == summary.Unit ? $"単位: {summary.Unit}" : $"単位: {summary.Unit}、差・増減は{summary.ChangeUnit}";
            Text(ws, styles, 1, $"{summary.Name}（{unit}）", HeadingFormat);

            ws.BeginRow(row);
            Text(ws, styles, 1, SegmentHeader, YearHeaderFormat);
            for (var y = 0; y < summary.Years.Count; y++)
            {
                Text(ws, styles, y + 2, summary.Years[y].Short, YearHeaderFormat);
            }

            foreach (var line in summary.Rows)
            {
                ws.BeginRow(++row);
                var labelFormat = LineFormat with { Italic = line.Derived };
                var valueStyle = styles.Cell(labelFormat with { NumberFormat = line.Derived ? Signed(summary.Decimals) : NumberFormats.ForDecimals(summary.Decimals) });
                Text(ws, styles, 1, line.Label, labelFormat);
                for (var y = 0; y < summary.Years.Count; y++)
                {
                    if (y < line.Values.Count && line.Values[y] is { } value)
                    {
                        ws.Number(y + 2, value, valueStyle);
                    }
                    else if (line.GapAt(y) is { } gap)
                    {
                        Text(ws, styles, y + 2, gap.Japanese(), GapFormat);
                    }
                    else
                    {
                        // Only a derived cell with nothing to derive from (the first year has no previous year).
                        Text(ws, styles, y + 2, "―", GapFormat);
                    }
                }
            }

            row += 2;
        }

        ws.Finish([]);
    }

    private static void Text(SheetWriter ws, XlsxStyles styles, int column, string text, CellFormat format)
        => ws.Text(column, text, styles.Text(format, text));

    /// <summary>Differences show their sign: +5.0 / -3.2.</summary>
    private static string Signed(int decimals)
    {
        var format = NumberFormats.ForDecimals(decimals);
        return $"+{format};-{format};{format}";
    }
}
