using ProgressIngest.Core.Drafting;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Worker.Charts;

/// <summary>What a line chart shows: years along the bottom, one line per segment, the axis as the report scales it.</summary>
/// <param name="CategoriesRef">Where the year labels are, e.g. <c>'指標グラフ'!$B$5:$D$5</c>.</param>
/// <param name="NumberFormat">Format of data labels and the axis, e.g. <c>0.0</c>.</param>
internal sealed record LineChartSpec(
    string Title,
    IReadOnlyList<string> Categories,
    string CategoriesRef,
    IReadOnlyList<LineSeries> Series,
    AxisScale Axis,
    string NumberFormat)
{
    /// <summary>
    /// A chart of a table laid out as 指標グラフ and the draft's embedded workbook lay it out: on
    /// <paramref name="headerRow"/> 区分 in A and the years from B; from <paramref name="firstRow"/> one row
    /// per segment, its name in A and its values (a blank cell where there is none: text would be drawn as 0).
    /// </summary>
    /// <param name="sheet">The sheet's name as a formula writes it (quoted when needed).</param>
    /// <param name="firstRow">The first segment's row; the row under the header when null.</param>
    public static LineChartSpec ForTable(string title, IReadOnlyList<FiscalYear> years, IReadOnlyList<(string Name, IReadOnlyList<decimal?> Values)> rows, AxisScale axis, int decimals, string sheet, int headerRow, int? firstRow = null)
    {
        var first = firstRow ?? headerRow + 1;
        var last = Excel.Streaming.SheetWriter.ColumnName(years.Count + 1);
        return new LineChartSpec(
            title,
            [.. years.Select(y => y.Short)],
            $"{sheet}!$B${headerRow}:${last}${headerRow}",
            [.. rows.Select((r, i) => new LineSeries(r.Name, r.Values, $"{sheet}!$A${first + i}", $"{sheet}!$B${first + i}:${last}${first + i}"))],
            axis,
            Excel.NumberFormats.ForDecimals(decimals));
    }
}

/// <param name="Values">One per category; null draws a gap (no value: 未提出, 未確定 …).</param>
/// <param name="NameRef">Cell holding the segment name.</param>
/// <param name="ValuesRef">Cells holding the values.</param>
internal sealed record LineSeries(string Name, IReadOnlyList<decimal?> Values, string NameRef, string ValuesRef);
