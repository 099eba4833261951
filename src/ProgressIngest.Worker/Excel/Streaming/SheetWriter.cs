using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>
/// Writes one worksheet part row by row with <see cref="OpenXmlWriter"/>: nothing of the sheet stays in
/// memory but the current row. Text goes to the shared-string table and is always a string cell; there is
/// no way to write a formula through this type.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    /// <summary>ClosedXML adds this to a column's width on save and takes it off on load; kept so widths read back as set.</summary>
    private const double ColumnWidthOffset = 0.710625;

    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly Row RowElement = new();

    private readonly Stream _stream;
    private readonly OpenXmlWriter _xml;
    private readonly SharedStrings _strings;
    private readonly List<OpenXmlAttribute> _attributes = new(4);
    private readonly List<string> _columnNames = [];
    private string _rowNumber = "1";
    private bool _inRow;

    /// <param name="drawingRelationship">Relationship id of the sheet's drawing (its charts); null for none.</param>
    public SheetWriter(Stream stream, SharedStrings strings, SheetLayout layout, bool selected, IReadOnlyList<string> tableRelationships, string? drawingRelationship = null)
    {
        _stream = stream;
        _strings = strings;
        TableRelationships = tableRelationships;
        DrawingRelationship = drawingRelationship;
        _xml = OpenXmlWriter.Create(stream, XlsxPackage.Utf8);
        _xml.WriteStartDocument();
        _xml.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")]);
        _xml.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        WriteViews(layout, selected);
        _xml.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        WriteColumns(layout.Columns);
        _xml.WriteStartElement(new SheetData());
    }

    private IReadOnlyList<string> TableRelationships { get; }

    private string? DrawingRelationship { get; }

    /// <param name="height">Row height in points; null for the default.</param>
    public void BeginRow(int row, double? height = null)
    {
        EndRow();
        _rowNumber = row.ToString(CultureInfo.InvariantCulture);
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, _rowNumber));
        if (height is { } points)
        {
            _attributes.Add(new OpenXmlAttribute("ht", string.Empty, points.ToString(CultureInfo.InvariantCulture)));
            _attributes.Add(new OpenXmlAttribute("customHeight", string.Empty, "1"));
        }

        _xml.WriteStartElement(RowElement, _attributes);
        _inRow = true;
    }

    /// <summary>A text cell. Empty text writes nothing unless the cell is styled.</summary>
    /// <param name="text">Any text; made storable here (<see cref="CellText.Safe"/>).</param>
    public void Text(int column, string? text, int style)
    {
        var safe = CellText.Safe(text);
        if (safe.Length == 0)
        {
            Blank(column, style);
            return;
        }

        Start(column, style, "s");
        Value(_strings.Add(safe).ToString(CultureInfo.InvariantCulture));
    }

    public void Number(int column, decimal value, int style)
    {
        Start(column, style, null);
        Value(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Number(int column, long value, int style)
    {
        Start(column, style, null);
        Value(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Number(int column, double value, int style)
    {
        Start(column, style, null);
        Value(value.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>A cell with a style and no value (a bordered gap); nothing at all when unstyled.</summary>
    public void Blank(int column, int style)
    {
        if (style == 0)
        {
            return;
        }

        Start(column, style, null);
        _xml.WriteEndElement();
    }

    /// <param name="autoFilter">A1 range of a filter outside any table; null for none.</param>
    /// <param name="merges">A1 ranges of merged cells.</param>
    public void Finish(IReadOnlyList<ConditionalRule> rules, string? autoFilter = null, IReadOnlyList<string>? merges = null)
    {
        EndRow();
        _xml.WriteEndElement(); // sheetData
        if (autoFilter is not null)
        {
            _xml.WriteElement(new AutoFilter { Reference = autoFilter });
        }

        if (merges is { Count: > 0 })
        {
            _xml.WriteElement(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        }

        WriteConditionalFormats(rules);
        // PrintSetup.Landscape's settings: A4 landscape, one page wide.
        _xml.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        _xml.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        if (DrawingRelationship is not null)
        {
            _xml.WriteElement(new Drawing { Id = DrawingRelationship });
        }

        if (TableRelationships.Count > 0)
        {
            _xml.WriteStartElement(new TableParts { Count = (uint)TableRelationships.Count });
            foreach (var id in TableRelationships)
            {
                _xml.WriteElement(new TablePart { Id = id });
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement(); // worksheet
        _xml.Close();
    }

    public void Dispose()
    {
        _xml.Dispose();
        _stream.Dispose();
    }

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    private void EndRow()
    {
        if (_inRow)
        {
            _xml.WriteEndElement();
            _inRow = false;
        }
    }

    private void Start(int column, int style, string? type)
    {
        while (_columnNames.Count < column)
        {
            _columnNames.Add(ColumnName(_columnNames.Count + 1));
        }

        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, string.Concat(_columnNames[column - 1], _rowNumber)));
        if (style != 0)
        {
            _attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            _attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
        }

        _xml.WriteStartElement(CellElement, _attributes);
    }

    private void Value(string value)
    {
        _xml.WriteStartElement(ValueElement);
        _xml.WriteString(value);
        _xml.WriteEndElement();
        _xml.WriteEndElement(); // c
    }

    private void WriteViews(SheetLayout layout, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (selected)
        {
            view.TabSelected = true;
        }

        if (layout.FrozenRows > 0)
        {
            var topLeft = $"A{layout.FrozenRows + 1}";
            view.Append(
                new Pane { VerticalSplit = layout.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        _xml.WriteElement(new SheetViews(view));
    }

    private void WriteColumns(IReadOnlyList<(double Width, int Style)> columns)
    {
        if (columns.Count == 0)
        {
            return;
        }

        _xml.WriteStartElement(new Columns());
        for (var c = 0; c < columns.Count; c++)
        {
            var column = new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = columns[c].Width + ColumnWidthOffset, CustomWidth = true };
            if (columns[c].Style != 0)
            {
                column.Style = (uint)columns[c].Style;
            }

            _xml.WriteElement(column);
        }

        _xml.WriteEndElement();
    }

    private void WriteConditionalFormats(IReadOnlyList<ConditionalRule> rules)
    {
        var priority = 1;
        foreach (var range in rules.GroupBy(r => r.Range, StringComparer.Ordinal))
        {
            var formatting = new ConditionalFormatting { SequenceOfReferences = new ListValue<StringValue> { InnerText = range.Key } };
            foreach (var rule in range)
            {
                formatting.Append(new ConditionalFormattingRule(new Formula($"\"{rule.Value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""))
                {
                    Type = ConditionalFormatValues.CellIs,
                    Operator = ConditionalFormattingOperatorValues.Equal,
                    FormatId = (uint)rule.Dxf,
                    Priority = priority++,
                });
            }

            _xml.WriteElement(formatting);
        }
    }
}
