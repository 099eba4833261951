using System.Globalization;
using System.Xml;
using XmlText = ProgressIngest.Worker.Excel.Streaming.XmlText;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// The 指摘一覧 sheet added in front of the submitter's sheets: a note, then one row per finding whose
/// location links to the cell. Text is stored inline, so the submitter's shared strings stay untouched.
/// </summary>
internal static class ListSheet
{
    public const string Name = "指摘一覧";

    public const string Note = "この提出の指摘一覧です（自動作成）。セル番地をクリックすると該当セルに移動します。色の付いたセルには、指摘の内容をコメントで付けています。";

    private const int HeaderRow = 3;

    private static readonly TableColumn<ListRow>[] Columns =
    [
        new("No", r => r.No, 5, 6),
        new("重要度", r => FindingText.Severity(r.Finding.Severity), 8, 8),
        new("場所", r => FindingText.Location(r.Finding), 12, 24),
        new("項目", r => r.Finding.Field, 8, 16, Wrap: true),
        new("入力値", r => r.Finding.Value, 8, 24, Wrap: true),
        new("内容", r => r.Finding.Message, 30, 60, Wrap: true),
        new("修正方法", r => r.Finding.Fix, 30, 60, Wrap: true),
    ];

    private static readonly int SeverityColumn = Array.FindIndex(Columns, c => c.Header == "重要度");
    private static readonly int LocationColumn = Array.FindIndex(Columns, c => c.Header == "場所");

    public static byte[] Write(IReadOnlyList<ListRow> rows, ListStyles styles)
    {
        var widths = Columns.Select(c => ColumnWidth.For(rows.Take(ColumnWidth.SampleSize - 1).Select(r => TableSheet.Display(c.Value(r))).Prepend(c.Header), c.MinWidth, c.MaxWidth)).ToArray();
        return XmlParts.Write(xml =>
        {
            xml.WriteStartElement("worksheet", Ooxml.Main);
            xml.WriteAttributeString("xmlns", "r", null, Ooxml.Relationships);
            Views(xml);
            xml.WriteStartElement("sheetFormatPr", Ooxml.Main);
            xml.WriteAttributeString("defaultRowHeight", "15");
            xml.WriteEndElement();
            Widths(xml, widths);

            xml.WriteStartElement("sheetData", Ooxml.Main);
            Row(xml, 1, null, () => Text(xml, 1, 1, Note, styles.Note));
            Row(xml, HeaderRow, null, () =>
            {
                for (var c = 0; c < Columns.Length; c++)
                {
                    Text(xml, HeaderRow, c + 1, Columns[c].Header, styles.Header);
                }
            });
            if (rows.Count == 0)
            {
                Row(xml, HeaderRow + 1, null, () => Text(xml, HeaderRow + 1, 1, FeedbackWriter.NoFindings, styles.Text));
            }

            for (var i = 0; i < rows.Count; i++)
            {
                WriteFinding(xml, HeaderRow + 1 + i, rows[i], widths, styles);
            }

            xml.WriteEndElement();

            var last = HeaderRow + Math.Max(rows.Count, 1);
            xml.WriteStartElement("autoFilter", Ooxml.Main);
            xml.WriteAttributeString("ref", $"A{HeaderRow}:{CellAddress.Format(last, Columns.Length)}");
            xml.WriteEndElement();
            Links(xml, rows);
            xml.WriteStartElement("pageMargins", Ooxml.Main);
            foreach (var (name, value) in new[] { ("left", "0.4"), ("right", "0.4"), ("top", "0.5"), ("bottom", "0.5"), ("header", "0.3"), ("footer", "0.3") })
            {
                xml.WriteAttributeString(name, value);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    private static void WriteFinding(XmlWriter xml, int row, ListRow line, double[] widths, ListStyles styles)
    {
        var lines = 1;
        for (var c = 0; c < Columns.Length; c++)
        {
            if (Columns[c].Wrap && Columns[c].Value(line) is string wrapped)
            {
                lines = Math.Max(lines, RowHeight.Lines(wrapped, widths[c]));
            }
        }

        Row(xml, row, lines > 1 ? RowHeight.For(lines) : null, () =>
        {
            for (var c = 0; c < Columns.Length; c++)
            {
                var style = c == SeverityColumn ? (line.Finding.Severity == Core.Findings.Severity.Error ? styles.Bad : styles.Neutral)
                    : c == LocationColumn && line.Link is not null ? styles.Link
                    : Columns[c].Wrap ? styles.Wrap
                    : styles.Text;
                switch (Columns[c].Value(line))
                {
                    case int number:
                        Number(xml, row, c + 1, number, style);
                        break;
                    case string text when text.Length > 0:
                        Text(xml, row, c + 1, text, CellText.NeedsQuotePrefix(text) ? styles.WrapQuoted : style);
                        break;
                    default:
                        break;
                }
            }
        });
    }

    private static void Views(XmlWriter xml)
    {
        var topLeft = $"A{HeaderRow + 1}";
        xml.WriteStartElement("sheetViews", Ooxml.Main);
        xml.WriteStartElement("sheetView", Ooxml.Main);
        xml.WriteAttributeString("tabSelected", "1");
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane", Ooxml.Main);
        xml.WriteAttributeString("ySplit", HeaderRow.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("topLeftCell", topLeft);
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteStartElement("selection", Ooxml.Main);
        xml.WriteAttributeString("pane", "bottomLeft");
        xml.WriteAttributeString("activeCell", topLeft);
        xml.WriteAttributeString("sqref", topLeft);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Widths(XmlWriter xml, double[] widths)
    {
        xml.WriteStartElement("cols", Ooxml.Main);
        for (var c = 0; c < widths.Length; c++)
        {
            var column = (c + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("col", Ooxml.Main);
            xml.WriteAttributeString("min", column);
            xml.WriteAttributeString("max", column);
            xml.WriteAttributeString("width", widths[c].ToString("0.###", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Links(XmlWriter xml, IReadOnlyList<ListRow> rows)
    {
        if (!rows.Any(r => r.Link is not null))
        {
            return;
        }

        xml.WriteStartElement("hyperlinks", Ooxml.Main);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Link is not { } link)
            {
                continue;
            }

            var sheet = link.Sheet.Replace("'", "''", StringComparison.Ordinal);
            xml.WriteStartElement("hyperlink", Ooxml.Main);
            xml.WriteAttributeString("ref", CellAddress.Format(HeaderRow + 1 + i, LocationColumn + 1));
            xml.WriteAttributeString("location", $"'{sheet}'!{CellAddress.Format(link.Row, link.Column)}");
            xml.WriteAttributeString("display", XmlText.Encode(CellText.Safe(FindingText.Location(rows[i].Finding))));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Row(XmlWriter xml, int row, double? height, Action cells)
    {
        xml.WriteStartElement("row", Ooxml.Main);
        xml.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
        if (height is { } points)
        {
            xml.WriteAttributeString("ht", points.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customHeight", "1");
        }

        cells();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, int row, int column, string text, int style)
    {
        xml.WriteStartElement("c", Ooxml.Main);
        xml.WriteAttributeString("r", CellAddress.Format(row, column));
        xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement("is", Ooxml.Main);
        xml.WriteStartElement("t", Ooxml.Main);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(XmlText.Encode(CellText.Safe(text)));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Number(XmlWriter xml, int row, int column, int value, int style)
    {
        xml.WriteStartElement("c", Ooxml.Main);
        xml.WriteAttributeString("r", CellAddress.Format(row, column));
        xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("v", Ooxml.Main, value.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
