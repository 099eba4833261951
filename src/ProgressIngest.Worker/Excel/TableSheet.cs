using System.Globalization;
using ClosedXML.Excel;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Writes rows under a header as a filterable table: values cell by cell, styles once per column
/// (not per cell), widths and wrapped-row heights estimated from the text, header row frozen.
/// </summary>
internal static class TableSheet
{
    /// <param name="tableName">An Excel table (ListObject) name, unique in the workbook; null for a plain range with an autofilter.</param>
    /// <returns>The data range (at least one row, empty when there are no rows).</returns>
    public static IXLRange Write<T>(IXLWorksheet ws, int headerRow, IReadOnlyList<TableColumn<T>> columns, IReadOnlyList<T> rows, string? tableName)
    {
        var widths = new double[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var sample = rows.Take(ColumnWidth.SampleSize - 1).Select(r => Display(column.Value(r))).Prepend(column.Header);
            widths[c] = ColumnWidth.For(sample, column.MinWidth, column.MaxWidth);
            ws.Column(c + 1).Width = widths[c];
        }

        // A table that owns its columns gets column styles before any cell exists, so every cell
        // inherits them as it is created: no second pass over thousands of rows. Below other content,
        // a column style would reach the cells above, so style the table's ranges afterwards instead.
        var ownsColumns = headerRow == 1;
        if (ownsColumns)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                ApplyColumnStyle(ws.Column(c + 1).Style, columns[c]);
            }
        }

        var headerLines = 1;
        for (var c = 0; c < columns.Count; c++)
        {
            CellText.Set(ws.Cell(headerRow, c + 1), columns[c].Header);
            headerLines = Math.Max(headerLines, RowHeight.Lines(columns[c].Header, widths[c]));
        }

        FitHeight(ws, headerRow, headerLines);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var lines = 1;
            for (var c = 0; c < columns.Count; c++)
            {
                // Touching a cell creates it; empty ones would only cost memory and file size.
                if (columns[c].Value(row) is { } value and not "")
                {
                    SetCell(ws.Cell(headerRow + 1 + r, c + 1), value);
                    if (columns[c].Wrap && value is string text)
                    {
                        lines = Math.Max(lines, RowHeight.Lines(text, widths[c]));
                    }
                }
            }

            FitHeight(ws, headerRow + 1 + r, lines);
        }

        var lastRow = headerRow + Math.Max(rows.Count, 1);
        var whole = ws.Range(headerRow, 1, lastRow, columns.Count);
        if (!ownsColumns)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                ApplyColumnStyle(ws.Range(headerRow, c + 1, lastRow, c + 1).Style, columns[c]);
            }
        }

        if (tableName is null)
        {
            var header = ws.Range(headerRow, 1, headerRow, columns.Count);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = Palette.Header;
            whole.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            whole.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
            whole.SetAutoFilter();
        }
        else
        {
            var table = whole.CreateTable(tableName);
            table.Theme = XLTableTheme.TableStyleLight9;
            table.ShowAutoFilter = true;
            table.ShowRowStripes = true;
        }

        ws.SheetView.FreezeRows(headerRow);
        PrintSetup.Landscape(ws, headerRow);
        return ws.Range(headerRow + 1, 1, lastRow, columns.Count);
    }

    /// <summary>Sets the height of a row that wraps to several lines; one-line rows keep the default.</summary>
    public static void FitHeight(IXLWorksheet ws, int row, int lines)
    {
        if (lines > 1)
        {
            ws.Row(row).Height = RowHeight.For(lines);
        }
    }

    private static void ApplyColumnStyle<T>(IXLStyle style, TableColumn<T> column)
    {
        style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        if (column.Wrap)
        {
            style.Alignment.WrapText = true;
        }

        if (column.NumberFormat is not null)
        {
            style.NumberFormat.Format = column.NumberFormat;
        }
    }

    public static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                CellText.Set(cell, text);
                break;
            case decimal number:
                cell.SetValue(number);
                break;
            case int number:
                cell.SetValue(number);
                break;
            case long number:
                cell.SetValue(number);
                break;
            case double number:
                cell.SetValue(number);
                break;
            default:
                CellText.Set(cell, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>A value as the width estimate sees it.</summary>
    public static string? Display(object? value) => value switch
    {
        null => null,
        string text => text,
        decimal number => number.ToString("#,##0.###", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
