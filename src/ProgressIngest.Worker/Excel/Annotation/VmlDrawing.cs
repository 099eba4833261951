using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// The legacy VML drawing that gives each comment its box (Excel shows no comment without one).
/// An existing drawing keeps everything in it (form controls, the submitter's comment boxes with their
/// sizes); only boxes of removed comments go, and boxes for new comments are added.
/// </summary>
internal static partial class VmlDrawing
{
    private const string NoteShapeType = "_x0000_t202";

    private static readonly XNamespace V = "urn:schemas-microsoft-com:vml";
    private static readonly XNamespace O = "urn:schemas-microsoft-com:office:office";
    private static readonly XNamespace X = "urn:schemas-microsoft-com:office:excel";

    /// <param name="existing">The sheet's drawing, or null for a new one.</param>
    /// <param name="keep">Cells that have a comment after the patch: boxes for any other comment cell in <paramref name="removed"/> go.</param>
    /// <param name="idBlock">Shape id block for a new drawing, unique in the workbook.</param>
    public static byte[] Patch(byte[]? existing, IReadOnlySet<(int Row, int Column)> removed, IReadOnlySet<(int Row, int Column)> keep, IReadOnlyList<CellNote> notes, int idBlock)
    {
        var document = existing is null ? New(idBlock) : Load(existing);
        var root = document.Root!;
        var boxes = new HashSet<(int, int)>();
        foreach (var shape in root.Descendants(V + "shape").ToList())
        {
            if (NoteCell(shape) is not { } cell)
            {
                continue;
            }

            if (removed.Contains(cell) && !keep.Contains(cell))
            {
                shape.Remove();
            }
            else
            {
                boxes.Add(cell);
            }
        }

        var type = EnsureShapeType(root);
        var next = NextShapeId(root, idBlock);
        foreach (var note in notes.Where(n => !boxes.Contains((n.Row, n.Column))))
        {
            root.Add(Shape(next++, type, note));
        }

        return XmlParts.Save(document);
    }

    private static XDocument Load(byte[] vml)
    {
        try
        {
            return XmlParts.Load(vml);
        }
        catch (XmlException ex)
        {
            throw new AnnotationException("既存のコメントや図形の情報（VML）を読み取れません", ex);
        }
    }

    private static XDocument New(int idBlock)
        => new(new XElement(
            "xml",
            new XAttribute(XNamespace.Xmlns + "v", V),
            new XAttribute(XNamespace.Xmlns + "o", O),
            new XAttribute(XNamespace.Xmlns + "x", X),
            new XElement(O + "shapelayout", new XAttribute(V + "ext", "edit"), new XElement(O + "idmap", new XAttribute(V + "ext", "edit"), new XAttribute("data", idBlock.ToString(CultureInfo.InvariantCulture))))));

    /// <returns>The comment cell (1-based) of a note box; null for any other shape.</returns>
    private static (int Row, int Column)? NoteCell(XElement shape)
    {
        var data = shape.Element(X + "ClientData");
        if ((string?)data?.Attribute("ObjectType") != "Note")
        {
            return null;
        }

        return int.TryParse(data!.Element(X + "Row")?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var row)
            && int.TryParse(data.Element(X + "Column")?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            ? (row + 1, column + 1)
            : null;
    }

    private static string EnsureShapeType(XElement root)
    {
        var existing = root.Elements(V + "shapetype").FirstOrDefault(t => (string?)t.Attribute(O + "spt") == "202" && t.Attribute("id") is not null);
        if (existing is not null)
        {
            return (string)existing.Attribute("id")!;
        }

        var type = new XElement(
            V + "shapetype",
            new XAttribute("id", NoteShapeType),
            new XAttribute("coordsize", "21600,21600"),
            new XAttribute(O + "spt", "202"),
            new XAttribute("path", "m,l,21600r21600,l21600,xe"),
            new XElement(V + "stroke", new XAttribute("joinstyle", "miter")),
            new XElement(V + "path", new XAttribute("gradientshapeok", "t"), new XAttribute(O + "connecttype", "rect")));
        var layout = root.Element(O + "shapelayout");
        if (layout is null)
        {
            root.AddFirst(type);
        }
        else
        {
            layout.AddAfterSelf(type);
        }

        return NoteShapeType;
    }

    private static int NextShapeId(XElement root, int idBlock)
    {
        var max = idBlock * 1024;
        foreach (var shape in root.Descendants(V + "shape"))
        {
            var match = ShapeId().Match((string?)shape.Attribute("id") ?? (string?)shape.Attribute(O + "spid") ?? string.Empty);
            if (match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                max = Math.Max(max, id);
            }
        }

        return max + 1;
    }

    private static XElement Shape(int id, string type, CellNote note)
    {
        var row = note.Row - 1;
        var column = note.Column - 1;
        var height = Math.Min(400, (12 * (note.Lines + 1)) + 8);
        var bottom = row + Math.Max(3, (int)Math.Ceiling(height / 15.0));
        return new XElement(
            V + "shape",
            new XAttribute("id", $"_x0000_s{id}"),
            new XAttribute("type", "#" + type),
            new XAttribute("style", $"position:absolute;margin-left:60pt;margin-top:2pt;width:240pt;height:{height}pt;z-index:{id % 1024};visibility:hidden"),
            new XAttribute("fillcolor", "#ffffe1"),
            new XAttribute(O + "insetmode", "auto"),
            new XElement(V + "fill", new XAttribute("color2", "#ffffe1")),
            new XElement(V + "shadow", new XAttribute("on", "t"), new XAttribute("color", "black"), new XAttribute("obscured", "t")),
            new XElement(V + "path", new XAttribute(O + "connecttype", "none")),
            new XElement(V + "textbox", new XAttribute("style", "mso-direction-alt:auto"), new XElement("div", new XAttribute("style", "text-align:left"))),
            new XElement(
                X + "ClientData",
                new XAttribute("ObjectType", "Note"),
                new XElement(X + "MoveWithCells"),
                new XElement(X + "SizeWithCells"),
                new XElement(X + "Anchor", string.Create(CultureInfo.InvariantCulture, $"{column + 1}, 15, {Math.Max(0, row - 1)}, 10, {column + 5}, 15, {bottom}, 4")),
                new XElement(X + "AutoFill", "False"),
                new XElement(X + "Row", row.ToString(CultureInfo.InvariantCulture)),
                new XElement(X + "Column", column.ToString(CultureInfo.InvariantCulture))));
    }

    [GeneratedRegex(@"_x0000_s(\d{1,9})$")]
    private static partial Regex ShapeId();
}
