using ProgressIngest.Core.Drafting;
using ProgressIngest.Core.Merging;
using ProgressIngest.Worker.Charts;
using ProgressIngest.Worker.Excel.Streaming;

namespace ProgressIngest.Worker.Excel;

internal static partial class MasterWriter
{
    public const string ChartSheet = "指標グラフ";

    /// <summary>Rows each indicator takes on 指標グラフ: its table at the top left, its chart beside it.</summary>
    public const int ChartBlockRows = 18;

    /// <summary>First row of the first indicator's block.</summary>
    public const int ChartFirstRow = 4;

    private const int ChartColumns = 8;

    /// <summary>Heading of the rows the chart is drawn from, under each table.</summary>
    public const string ChartDataNote = "グラフ用の値（値のない年度は空欄）";

    private static readonly CellFormat NoteFormat = new(Italic: true, FontColor: "FF808080");

    /// <summary>
    /// 指標グラフ: per indicator the R4 … reporting-year table of its segments (the values of 指標サマリ) and a
    /// native line chart drawn from those cells, its axis scaled like the report's figures.
    /// </summary>
    private static void WriteCharts(XlsxPackage package, MasterModel model)
    {
        var styles = package.Styles;
        var maxYears = model.Summary.Select(s => s.Years.Count).DefaultIfEmpty(0).Max();
        var labels = model.Summary.SelectMany(s => s.Rows.Where(r => !r.Derived).Select(r => r.Label)).Prepend(SegmentHeader);
        var columns = new List<(double Width, int Style)> { (ColumnWidth.For(labels, 10, 20), 0) };
        columns.AddRange(Enumerable.Repeat((10d, 0), maxYears));
        var charts = model.Summary.Select((summary, i) => Chart(summary, ChartFirstRow + (i * ChartBlockRows), maxYears)).ToList();
        using var ws = package.AddSheet(ChartSheet, new SheetLayout(columns, Charts: charts));

        ws.BeginRow(1);
        Text(ws, styles, 1, $"{model.ReportingYear.Japanese} 指標グラフ", TitleFormat);
        ws.BeginRow(2);
        Text(ws, styles, 1, "指標サマリと同じ値（指標シートの公表済みの値と受理された提出の値）から作成しています。値のない年度は表に理由を表示し、グラフの線は途切れます。", new CellFormat());

        var row = ChartFirstRow;
        foreach (var summary in model.Summary)
        {
            ws.BeginRow(row);
            Text(ws, styles, 1, $"{summary.Name}（{summary.Unit}）", HeadingFormat);
            ws.BeginRow(row + 1);
            Text(ws, styles, 1, SegmentHeader, YearHeaderFormat);
            for (var y = 0; y < summary.Years.Count; y++)
            {
                Text(ws, styles, y + 2, summary.Years[y].Short, YearHeaderFormat);
            }

            var valueStyle = styles.Cell(LineFormat with { NumberFormat = NumberFormats.ForDecimals(summary.Decimals) });
            var segments = summary.Rows.Where(r => !r.Derived).ToList();
            var line = row + 2;
            foreach (var segment in segments)
            {
                ws.BeginRow(line++);
                Text(ws, styles, 1, segment.Label, LineFormat);
                for (var y = 0; y < summary.Years.Count; y++)
                {
                    if (segment.Values[y] is { } value)
                    {
                        ws.Number(y + 2, value, valueStyle);
                    }
                    else
                    {
                        Text(ws, styles, y + 2, (segment.GapAt(y) ?? Gap.NotReported).Japanese(), GapFormat);
                    }
                }
            }

            // The chart's own copy of the values: a blank where the table names a gap (a chart draws text as 0).
            ws.BeginRow(line++);
            Text(ws, styles, 1, ChartDataNote, NoteFormat);
            var chartValueStyle = styles.Cell(NoteFormat with { NumberFormat = NumberFormats.ForDecimals(summary.Decimals) });
            foreach (var segment in segments)
            {
                ws.BeginRow(line++);
                Text(ws, styles, 1, segment.Label, NoteFormat);
                for (var y = 0; y < summary.Years.Count; y++)
                {
                    if (segment.Values[y] is { } value)
                    {
                        ws.Number(y + 2, value, chartValueStyle);
                    }
                }
            }

            row += ChartBlockRows;
        }

        ws.Finish([]);
    }

    /// <param name="row">The block's first row (1-based): title, then the year header, then one row per segment.</param>
    private static SheetChart Chart(IndicatorSummary summary, int row, int maxYears)
    {
        var segments = summary.Rows.Where(r => !r.Derived).ToList();
        var spec = LineChartSpec.ForTable(
            summary.Name,
            summary.Years,
            [.. segments.Select(s => (s.Label, s.Values))],
            AxisScale.For(segments.SelectMany(s => s.Values).OfType<decimal>(), summary.Type),
            summary.Decimals,
            $"'{ChartSheet}'",
            row + 1,
            row + 3 + segments.Count);
        var left = maxYears + 2;
        return new SheetChart(LineChart.Build(spec), left, row - 1, left + ChartColumns, row - 1 + ChartBlockRows - 1);
    }
}
