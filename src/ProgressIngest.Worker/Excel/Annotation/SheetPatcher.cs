using System.Globalization;
using System.Xml;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// Rewrites a worksheet part as a stream: every node is copied as read, except the highlighted cells
/// (their <c>s</c> points at the highlight format), the cells and rows that must be created for a
/// finding (inserted in order), the selected-tab flag and the legacy drawing reference for comments.
/// </summary>
internal static class SheetPatcher
{
    public static byte[] Patch(byte[] sheet, SheetEdit edit, StylesPatch styles)
    {
        using var reader = XmlParts.Reader(sheet);
        return XmlParts.Write(writer => new Rewrite(reader, writer, edit, styles).Run());
    }

    private sealed class Rewrite(XmlReader reader, XmlWriter writer, SheetEdit edit, StylesPatch styles)
    {
        /// <summary>Elements that come after legacyDrawing in a worksheet (ECMA-376 CT_Worksheet).</summary>
        private static readonly HashSet<string> AfterLegacyDrawing = new(StringComparer.Ordinal)
        {
            "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
        };

        private readonly Queue<KeyValuePair<int, SortedDictionary<int, bool>>> _rows = new(edit.Highlights);
        private readonly List<(int Min, int Max, int Style)> _columnStyles = [];
        private Queue<KeyValuePair<int, bool>> _cells = new();
        private bool _legacyDrawingDone = edit.LegacyDrawingId is null;
        private int _row;
        private int _column;
        private int _rowStyle;
        private bool _inSheetData;

        public void Run()
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    Element();
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    EndElement();
                }
                else
                {
                    XmlParts.CopyNode(reader, writer);
                }
            }
        }

        private void Element()
        {
            var name = reader.LocalName;
            var main = reader.NamespaceURI == Ooxml.Main;
            if (main && reader.Depth == 1 && !_legacyDrawingDone && AfterLegacyDrawing.Contains(name))
            {
                WriteLegacyDrawing();
            }

            if (!main)
            {
                XmlParts.CopyNode(reader, writer);
            }
            else if (reader.Depth == 1 && name == "sheetData")
            {
                SheetData();
            }
            else if (_inSheetData && reader.Depth == 2 && name == "row")
            {
                Row();
            }
            else if (_inSheetData && reader.Depth == 3 && name == "c")
            {
                Cell();
            }
            else if (reader.Depth == 2 && name == "col")
            {
                ColumnStyle();
                XmlParts.CopyNode(reader, writer);
            }
            else if (reader.Depth == 2 && name == "sheetView" && edit.ClearTabSelected)
            {
                writer.WriteStartElement(reader.Prefix, name, reader.NamespaceURI);
                var empty = reader.IsEmptyElement;
                XmlParts.CopyAttributesExcept(reader, writer, "tabSelected");
                if (empty)
                {
                    writer.WriteEndElement();
                }
            }
            else
            {
                XmlParts.CopyNode(reader, writer);
            }
        }

        private void EndElement()
        {
            if (reader.NamespaceURI == Ooxml.Main)
            {
                if (_inSheetData && reader.Depth == 2 && reader.LocalName == "row")
                {
                    InsertCells(int.MaxValue);
                }
                else if (reader.Depth == 1 && reader.LocalName == "sheetData")
                {
                    InsertRows(int.MaxValue);
                    _inSheetData = false;
                }
                else if (reader.Depth == 0 && !_legacyDrawingDone)
                {
                    WriteLegacyDrawing();
                }
            }

            XmlParts.CopyNode(reader, writer);
        }

        private void SheetData()
        {
            var empty = reader.IsEmptyElement;
            writer.WriteStartElement(reader.Prefix, "sheetData", reader.NamespaceURI);
            writer.WriteAttributes(reader, defattr: true);
            if (empty)
            {
                InsertRows(int.MaxValue);
                writer.WriteEndElement();
                return;
            }

            _inSheetData = true;
        }

        private void Row()
        {
            _row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : _row + 1;
            _column = 0;
            _rowStyle = reader.GetAttribute("customFormat") is "1" or "true" && int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            InsertRows(_row);
            _cells = _rows.TryPeek(out var next) && next.Key == _row ? new Queue<KeyValuePair<int, bool>>(_rows.Dequeue().Value) : new();

            var empty = reader.IsEmptyElement;
            writer.WriteStartElement(reader.Prefix, "row", reader.NamespaceURI);
            // Spans are a hint for the columns in use; a row that may get a new cell loses it rather than carry a wrong one.
            XmlParts.CopyAttributesExcept(reader, writer, _cells.Count > 0 ? "spans" : string.Empty);
            if (empty)
            {
                InsertCells(int.MaxValue);
                writer.WriteEndElement();
            }
        }

        private void Cell()
        {
            _column = CellAddress.Column(reader.GetAttribute("r")) ?? _column + 1;
            InsertCells(_column);
            if (!_cells.TryPeek(out var next) || next.Key != _column)
            {
                XmlParts.CopyNode(reader, writer);
                return;
            }

            _cells.Dequeue();
            var own = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var empty = reader.IsEmptyElement;
            writer.WriteStartElement(reader.Prefix, "c", reader.NamespaceURI);
            XmlParts.CopyAttributesExcept(reader, writer, "s");
            writer.WriteAttributeString("s", styles.Highlight(own, next.Value).ToString(CultureInfo.InvariantCulture));
            if (empty)
            {
                writer.WriteEndElement();
            }
        }

        /// <summary>New cells for the findings on this row before column <paramref name="before"/>.</summary>
        private void InsertCells(int before)
        {
            while (_cells.TryPeek(out var next) && next.Key < before)
            {
                _cells.Dequeue();
                var inherited = _rowStyle != 0 ? _rowStyle : ColumnStyleOf(next.Key);
                writer.WriteStartElement("c", Ooxml.Main);
                writer.WriteAttributeString("r", CellAddress.Format(_row, next.Key));
                writer.WriteAttributeString("s", styles.Highlight(inherited, next.Value).ToString(CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
        }

        /// <summary>New rows for the findings before row <paramref name="before"/>.</summary>
        private void InsertRows(int before)
        {
            while (_rows.TryPeek(out var next) && next.Key < before)
            {
                _rows.Dequeue();
                var (row, column, rowStyle) = (_row, _column, _rowStyle);
                (_row, _rowStyle) = (next.Key, 0);
                _cells = new Queue<KeyValuePair<int, bool>>(next.Value);
                writer.WriteStartElement("row", Ooxml.Main);
                writer.WriteAttributeString("r", next.Key.ToString(CultureInfo.InvariantCulture));
                InsertCells(int.MaxValue);
                writer.WriteEndElement();
                (_row, _column, _rowStyle) = (row, column, rowStyle);
            }
        }

        private void ColumnStyle()
        {
            if (int.TryParse(reader.GetAttribute("style"), NumberStyles.None, CultureInfo.InvariantCulture, out var style)
                && int.TryParse(reader.GetAttribute("min"), NumberStyles.None, CultureInfo.InvariantCulture, out var min)
                && int.TryParse(reader.GetAttribute("max"), NumberStyles.None, CultureInfo.InvariantCulture, out var max))
            {
                _columnStyles.Add((min, max, style));
            }
        }

        private int ColumnStyleOf(int column)
        {
            foreach (var (min, max, style) in _columnStyles)
            {
                if (column >= min && column <= max)
                {
                    return style;
                }
            }

            return 0;
        }

        private void WriteLegacyDrawing()
        {
            writer.WriteStartElement("legacyDrawing", Ooxml.Main);
            writer.WriteAttributeString("r", "id", Ooxml.Relationships, edit.LegacyDrawingId);
            writer.WriteEndElement();
            _legacyDrawingDone = true;
        }
    }
}
