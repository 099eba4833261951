using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Xf = DocumentFormat.OpenXml.Spreadsheet.CellFormat;

namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>
/// The stylesheet of a streamed workbook: formats are registered while rows are written (each distinct
/// <see cref="CellFormat"/> once) and the part is written at the end.
/// </summary>
internal sealed class XlsxStyles
{
    private const uint FirstCustomNumberFormat = 164;

    private readonly Dictionary<CellFormat, int> _formats = new() { [new CellFormat()] = 0 };
    private readonly List<CellFormat> _ordered = [new CellFormat()];
    private readonly List<(string Fill, string Text)> _highlights = [];

    /// <summary>The <c>s</c> index of cells in this format.</summary>
    public int Cell(CellFormat format)
    {
        if (!_formats.TryGetValue(format, out var index))
        {
            index = _ordered.Count;
            _formats.Add(format, index);
            _ordered.Add(format);
        }

        return index;
    }

    /// <summary>The <c>s</c> index for text in this format: with the quote prefix when the text needs it.</summary>
    public int Text(CellFormat format, string text)
        => Cell(CellText.NeedsQuotePrefix(text) ? format with { QuotePrefix = true } : format);

    /// <summary>A differential format for conditional formatting: fill and font colour.</summary>
    public int Highlight(XLColor fill, XLColor text)
    {
        var entry = (Argb(fill), Argb(text));
        var index = _highlights.IndexOf(entry);
        if (index < 0)
        {
            index = _highlights.Count;
            _highlights.Add(entry);
        }

        return index;
    }

    public static string Argb(XLColor color) => color.Color.ToArgb().ToString("X8", CultureInfo.InvariantCulture);

    public Stylesheet Build()
    {
        var numberFormats = new List<string>();
        var fonts = new List<(bool Bold, bool Italic, double Size, string? Color)> { (false, false, 11, null) };
        var fills = new List<string?> { null, null };
        var xfs = new CellFormats();
        foreach (var format in _ordered)
        {
            var numberFormatId = 0u;
            if (format.NumberFormat is { } code)
            {
                var n = numberFormats.IndexOf(code);
                if (n < 0)
                {
                    n = numberFormats.Count;
                    numberFormats.Add(code);
                }

                numberFormatId = FirstCustomNumberFormat + (uint)n;
            }

            var fontId = IndexOf(fonts, (format.Bold, format.Italic, format.FontSize, format.FontColor));
            var fillId = format.Fill is null ? 0 : IndexOf(fills, format.Fill, 2);
            xfs.Append(Xf(numberFormatId, (uint)fontId, (uint)fillId, format));
        }

        xfs.Count = (uint)xfs.ChildElements.Count;
        var stylesheet = new Stylesheet();
        if (numberFormats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(numberFormats.Select((code, i) => new NumberingFormat { NumberFormatId = FirstCustomNumberFormat + (uint)i, FormatCode = code })) { Count = (uint)numberFormats.Count });
        }

        stylesheet.Append(
            new Fonts(fonts.Select(f => Font(f.Bold, f.Italic, f.Size, f.Color))) { Count = (uint)fonts.Count },
            new Fills(fills.Select((f, i) => Fill(i, f))) { Count = (uint)fills.Count },
            new Borders(Border(false), Border(true)) { Count = 2 },
            new CellStyleFormats(new Xf { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            xfs,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            new DifferentialFormats(_highlights.Select(h => new DifferentialFormat(
                new Font(new Color { Rgb = h.Text }),
                new Fill(new PatternFill(new BackgroundColor { Rgb = h.Fill }) { PatternType = PatternValues.Solid })))) { Count = (uint)_highlights.Count });
        return stylesheet;
    }

    private static Xf Xf(uint numberFormatId, uint fontId, uint fillId, CellFormat format)
    {
        var xf = new Xf
        {
            NumberFormatId = numberFormatId,
            FontId = fontId,
            FillId = fillId,
            BorderId = format.Border ? 1u : 0u,
            FormatId = 0,
        };
        if (numberFormatId != 0)
        {
            xf.ApplyNumberFormat = true;
        }

        if (fontId != 0)
        {
            xf.ApplyFont = true;
        }

        if (fillId != 0)
        {
            xf.ApplyFill = true;
        }

        if (format.Border)
        {
            xf.ApplyBorder = true;
        }

        if (format.Center || format.Left || format.Top || format.Wrap)
        {
            xf.ApplyAlignment = true;
            var alignment = new Alignment();
            if (format.Center)
            {
                alignment.Horizontal = HorizontalAlignmentValues.Center;
            }
            else if (format.Left)
            {
                alignment.Horizontal = HorizontalAlignmentValues.Left;
            }

            if (format.Top)
            {
                alignment.Vertical = VerticalAlignmentValues.Top;
            }

            if (format.Wrap)
            {
                alignment.WrapText = true;
            }

            xf.Append(alignment);
        }

        if (format.QuotePrefix)
        {
            xf.QuotePrefix = true;
        }

        return xf;
    }

    private static int IndexOf<T>(List<T> list, T item, int from = 0)
    {
        var index = list.IndexOf(item, from);
        if (index < 0)
        {
            index = list.Count;
            list.Add(item);
        }

        return index;
    }

    private static Font Font(bool bold, bool italic, double size, string? color)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        // No theme colour or font scheme: the package has no theme part for them to refer to.
        font.Append(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = color });
        }

        font.Append(new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill Fill(int index, string? colour) => index switch
    {
        0 => new Fill(new PatternFill { PatternType = PatternValues.None }),
        1 => new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
        _ => new Fill(new PatternFill(new ForegroundColor { Rgb = colour }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }),
    };

    private static Border Border(bool thin)
    {
        if (!thin)
        {
            return new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder());
        }

        return new Border(
            new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
    }
}
