using System.Globalization;
using ClosedXML.Excel;

namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>
/// <see cref="TableSheet"/> for a streamed workbook: rows under a header as a filterable Excel table,
/// column styles (top-aligned, wrapped, number format), widths and wrapped-row heights estimated from the
/// text, header row frozen and repeated on every printed page. Rows are written as they are read from the
/// list; only the current row's values are held.
/// </summary>
internal static class StreamedTableSheet
{
    /// <param name="numberFormat">A cell's own number format, overriding its column's; null to keep the column's.</param>
    /// <param name="highlights">Per column header, the values to colour: one conditional format rule per value, however many rows.</param>
    public static void Write<T>(
        XlsxPackage package,
        string sheetName,
        string tableName,
        IReadOnlyList<TableColumn<T>> columns,
        IReadOnlyList<T> rows,
        IReadOnlyList<(string Header, string Value, XLColor Fill, XLColor Text)> highlights,
        Func<T, int, string?>? numberFormat = null)
    {
        var styles = package.Styles;
        var widths = new double[columns.Count];
        var formats = new CellFormat[columns.Count];
        var layoutColumns = new (double Width, int Style)[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var sample = rows.Take(ColumnWidth.SampleSize - 1).Select(r => TableSheet.Display(column.Value(r))).Prepend(column.Header);
            widths[c] = ColumnWidth.For(sample, column.MinWidth, column.MaxWidth);
            formats[c] = new CellFormat(Top: true, Wrap: column.Wrap, NumberFormat: column.NumberFormat);
            layoutColumns[c] = (widths[c], styles.Cell(formats[c]));
        }

        var lastRow = 1 + Math.Max(rows.Count, 1);
        var lastColumn = SheetWriter.ColumnName(columns.Count);
        var table = new TableSpec(tableName, $"A1:{lastColumn}{lastRow}", [.. columns.Select(c => c.Header)]);
        using var sheet = package.AddSheet(sheetName, new SheetLayout(layoutColumns, FrozenRows: 1, PrintTitleRow: 1, Tables: [table]));

        var headerLines = 1;
        for (var c = 0; c < columns.Count; c++)
        {
            headerLines = Math.Max(headerLines, RowHeight.Lines(columns[c].Header, widths[c]));
        }

        sheet.BeginRow(1, Height(headerLines));
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Text(c + 1, columns[c].Header, styles.Text(formats[c], columns[c].Header));
        }

        var values = new object?[columns.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var lines = 1;
            for (var c = 0; c < columns.Count; c++)
            {
                values[c] = columns[c].Value(row);
                if (columns[c].Wrap && values[c] is string text)
                {
                    lines = Math.Max(lines, RowHeight.Lines(text, widths[c]));
                }
            }

            sheet.BeginRow(r + 2, Height(lines));
            for (var c = 0; c < columns.Count; c++)
            {
                var format = formats[c];
                var style = layoutColumns[c].Style;
                if (numberFormat?.Invoke(row, c) is { } own)
                {
                    format = format with { NumberFormat = own };
                    style = styles.Cell(format);
                }

                Cell(sheet, styles, c + 1, values[c], format, style);
            }
        }

        var rules = new List<ConditionalRule>();
        foreach (var (header, value, fill, text) in highlights)
        {
            var column = SheetWriter.ColumnName(IndexOf(columns, header) + 1);
            rules.Add(new ConditionalRule($"{column}2:{column}{lastRow}", value, styles.Highlight(fill, text)));
        }

        sheet.Finish(rules);
    }

    private static void Cell(SheetWriter sheet, XlsxStyles styles, int column, object? value, CellFormat format, int style)
    {
        // An empty cell is left out: the column's style covers it.
        switch (value)
        {
            case null or "":
                break;
            case string text:
                sheet.Text(column, text, CellText.NeedsQuotePrefix(text) ? styles.Cell(format with { QuotePrefix = true }) : style);
                break;
            case decimal number:
                sheet.Number(column, number, style);
                break;
            case int number:
                sheet.Number(column, number, style);
                break;
            case long number:
                sheet.Number(column, number, style);
                break;
            case double number:
                sheet.Number(column, number, style);
                break;
            default:
                var other = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                sheet.Text(column, other, CellText.NeedsQuotePrefix(other) ? styles.Cell(format with { QuotePrefix = true }) : style);
                break;
        }
    }

    private static int IndexOf<T>(IReadOnlyList<TableColumn<T>> columns, string header)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Header == header)
            {
                return c;
            }
        }

        throw new ArgumentException($"no column {header}", nameof(header));
    }

    private static double? Height(int lines) => lines > 1 ? RowHeight.For(lines) : null;
}
