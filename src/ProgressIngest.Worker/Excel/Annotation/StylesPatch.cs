using System.Globalization;
using System.Xml.Linq;
using ClosedXML.Excel;
using ProgressIngest.Worker.Excel.Streaming;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// The submitter's stylesheet with entries appended: fills and fonts at the end of their lists, and
/// cell formats (<c>cellXfs</c>) that copy a cell's own format with the highlight fill. Nothing
/// existing moves, so every style index in the workbook keeps its meaning.
/// </summary>
internal sealed class StylesPatch
{
    private static readonly string[] SectionOrder = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
    private static readonly string[] FontOrder = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];

    private readonly XNamespace _ns = Ooxml.MainNs;
    private readonly XElement _root;
    private readonly Dictionary<(int Xf, bool Error), int> _highlights = [];
    private readonly Dictionary<string, int> _fills = new(StringComparer.Ordinal);
    private ListStyles? _list;

    public StylesPatch(XDocument? styles)
    {
        Document = styles ?? new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(_ns + "styleSheet"));
        _root = Document.Root!;
        if (_root.Name != _ns + "styleSheet")
        {
            throw new AnnotationException("書式の定義（styles.xml）を読み取れません");
        }

        EnsureDefaults();
        foreach (var font in Section("fonts").Elements(_ns + "font"))
        {
            InSchemaOrder(font);
        }
    }

    public XDocument Document { get; }

    /// <summary>The format index for a cell of format <paramref name="xf"/> with the highlight for an error or a warning.</summary>
    public int Highlight(int xf, bool error)
    {
        var cellXfs = Section("cellXfs");
        var count = cellXfs.Elements(_ns + "xf").Count();
        var key = (xf is >= 0 && xf < count ? xf : 0, error);
        if (!_highlights.TryGetValue(key, out var index))
        {
            var copy = new XElement(cellXfs.Elements(_ns + "xf").ElementAt(key.Item1));
            copy.SetAttributeValue("fillId", Fill(XlsxStyles.Argb(error ? Palette.Bad : Palette.Neutral)));
            copy.SetAttributeValue("applyFill", "1");
            index = Append(cellXfs, copy);
            _highlights[key] = index;
        }

        return index;
    }

    /// <summary>The formats the 指摘一覧 sheet uses, added on first use.</summary>
    public ListStyles List => _list ??= new ListStyles(
        Note: Xf(font: Font(bold: true)),
        Header: Xf(font: Font(bold: true), fill: Fill(XlsxStyles.Argb(Palette.Header))),
        Text: Xf(top: true),
        Wrap: Xf(top: true, wrap: true),
        WrapQuoted: Xf(top: true, wrap: true, quotePrefix: true),
        Bad: Xf(top: true, fill: Fill(XlsxStyles.Argb(Palette.Bad)), font: Font(color: XlsxStyles.Argb(Palette.BadText))),
        Neutral: Xf(top: true, fill: Fill(XlsxStyles.Argb(Palette.Neutral)), font: Font(color: XlsxStyles.Argb(Palette.NeutralText))),
        Link: Xf(top: true, font: Font(color: "FF0563C1", underline: true)));

    private int Fill(string argb)
    {
        if (!_fills.TryGetValue(argb, out var index))
        {
            index = Append(Section("fills"), new XElement(_ns + "fill", new XElement(
                _ns + "patternFill",
                new XAttribute("patternType", "solid"),
                new XElement(_ns + "fgColor", new XAttribute("rgb", argb)),
                new XElement(_ns + "bgColor", new XAttribute("indexed", "64")))));
            _fills[argb] = index;
        }

        return index;
    }

    /// <summary>A copy of the workbook's default font, bold, coloured or underlined.</summary>
    private int Font(bool bold = false, string? color = null, bool underline = false)
    {
        var fonts = Section("fonts");
        var font = new XElement(fonts.Elements(_ns + "font").First());
        font.Elements().Where(e => e.Name.LocalName is "b" or "u" or "color").Remove();
        if (bold)
        {
            font.Add(new XElement(_ns + "b"));
        }

        if (underline)
        {
            font.Add(new XElement(_ns + "u"));
        }

        if (color is not null)
        {
            font.Add(new XElement(_ns + "color", new XAttribute("rgb", color)));
        }

        InSchemaOrder(font);
        return Append(fonts, font);
    }

    /// <summary>
    /// Font properties in the order of the schema's sequence. openpyxl writes them in its own order, which
    /// Excel accepts but the OpenXML validator does not; the order carries no meaning, so the copy has it right.
    /// </summary>
    private static void InSchemaOrder(XElement font)
    {
        var children = font.Elements().ToList();
        var ordered = children.OrderBy(e => Array.IndexOf(FontOrder, e.Name.LocalName) is var i and >= 0 ? i : FontOrder.Length).ToList();
        if (!children.SequenceEqual(ordered))
        {
            font.RemoveNodes();
            font.Add(ordered);
        }
    }

    private int Xf(int font = 0, int fill = 0, bool top = false, bool wrap = false, bool quotePrefix = false)
    {
        var xf = new XElement(
            _ns + "xf",
            new XAttribute("numFmtId", "0"),
            new XAttribute("fontId", font.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("fillId", fill.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("borderId", "0"),
            new XAttribute("xfId", "0"));
        if (font != 0)
        {
            xf.Add(new XAttribute("applyFont", "1"));
        }

        if (fill != 0)
        {
            xf.Add(new XAttribute("applyFill", "1"));
        }

        if (quotePrefix)
        {
            xf.Add(new XAttribute("quotePrefix", "1"));
        }

        if (top || wrap)
        {
            xf.Add(new XAttribute("applyAlignment", "1"));
            var alignment = new XElement(_ns + "alignment");
            if (top)
            {
                alignment.Add(new XAttribute("vertical", "top"));
            }

            if (wrap)
            {
                alignment.Add(new XAttribute("wrapText", "1"));
            }

            xf.Add(alignment);
        }

        return Append(Section("cellXfs"), xf);
    }

    private static int Append(XElement section, XElement item)
    {
        section.Add(item);
        var count = section.Elements(item.Name).Count();
        section.SetAttributeValue("count", count.ToString(CultureInfo.InvariantCulture));
        return count - 1;
    }

    /// <summary>A stylesheet that lacks the lists every cell format refers to gets Excel's defaults for them.</summary>
    private void EnsureDefaults()
    {
        EnsureItem("fonts", "font", () => new XElement(_ns + "font", new XElement(_ns + "sz", new XAttribute("val", "11")), new XElement(_ns + "name", new XAttribute("val", "Calibri"))));
        var fills = Section("fills");
        if (!fills.Elements(_ns + "fill").Any())
        {
            Append(fills, new XElement(_ns + "fill", new XElement(_ns + "patternFill", new XAttribute("patternType", "none"))));
            Append(fills, new XElement(_ns + "fill", new XElement(_ns + "patternFill", new XAttribute("patternType", "gray125"))));
        }

        EnsureItem("borders", "border", () => new XElement(_ns + "border", new XElement(_ns + "left"), new XElement(_ns + "right"), new XElement(_ns + "top"), new XElement(_ns + "bottom"), new XElement(_ns + "diagonal")));
        EnsureItem("cellStyleXfs", "xf", () => new XElement(_ns + "xf", new XAttribute("numFmtId", "0"), new XAttribute("fontId", "0"), new XAttribute("fillId", "0"), new XAttribute("borderId", "0")));
        EnsureItem("cellXfs", "xf", () => new XElement(_ns + "xf", new XAttribute("numFmtId", "0"), new XAttribute("fontId", "0"), new XAttribute("fillId", "0"), new XAttribute("borderId", "0"), new XAttribute("xfId", "0")));
    }

    private void EnsureItem(string section, string item, Func<XElement> create)
    {
        var element = Section(section);
        if (!element.Elements(_ns + item).Any())
        {
            Append(element, create());
        }
    }

    /// <summary>The stylesheet's list of this name, created in schema order when missing.</summary>
    private XElement Section(string name)
    {
        if (_root.Element(_ns + name) is { } existing)
        {
            return existing;
        }

        var created = new XElement(_ns + name, new XAttribute("count", "0"));
        var rank = Array.IndexOf(SectionOrder, name);
        var next = _root.Elements().FirstOrDefault(e => Array.IndexOf(SectionOrder, e.Name.LocalName) > rank);
        if (next is null)
        {
            _root.Add(created);
        }
        else
        {
            next.AddBeforeSelf(created);
        }

        return created;
    }
}

/// <summary>Cell format indexes for the 指摘一覧 sheet.</summary>
internal sealed record ListStyles(int Note, int Header, int Text, int Wrap, int WrapQuoted, int Bad, int Neutral, int Link);
