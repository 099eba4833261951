using System.Globalization;
using System.Xml.Linq;
using ProgressIngest.Worker.Excel.Streaming;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// A sheet's comments part with this run's notes merged in. The submitter's comments are kept; a cell
/// that already has one gets the findings appended after a marker. Whatever an earlier run added (a
/// resubmitted annotated copy) is removed first.
/// </summary>
internal static class CommentsPatch
{
    public const string Author = "ProgressIngest";

    public const string Marker = "【ProgressIngest の指摘】";

    private static readonly XNamespace Ns = Ooxml.MainNs;

    /// <returns>The part, the cells that had a comment before and the cells that have one now.</returns>
    public static (XDocument Document, HashSet<(int Row, int Column)> Before, HashSet<(int Row, int Column)> After) Apply(XDocument? existing, IReadOnlyList<CellNote> notes)
    {
        var document = existing ?? new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(Ns + "comments"));
        var root = document.Root!;
        if (root.Name != Ns + "comments")
        {
            throw new AnnotationException("既存のコメントを読み取れません");
        }

        var authors = root.Element(Ns + "authors") ?? AddFirst(root, new XElement(Ns + "authors"));
        var list = root.Element(Ns + "commentList") ?? AddAfter(authors, new XElement(Ns + "commentList"));
        var names = authors.Elements(Ns + "author").Select(a => a.Value).ToList();
        var ours = names.Select((name, i) => (name, i)).Where(a => a.name == Author).Select(a => a.i.ToString(CultureInfo.InvariantCulture)).ToHashSet();

        var before = new HashSet<(int, int)>();
        var byCell = new Dictionary<(int, int), XElement>();
        foreach (var comment in list.Elements(Ns + "comment").ToList())
        {
            if (CellAddress.Parse((string?)comment.Attribute("ref")) is not { } cell)
            {
                continue;
            }

            before.Add(cell);
            if (ours.Contains((string?)comment.Attribute("authorId") ?? string.Empty))
            {
                comment.Remove();
                continue;
            }

            RemoveMarkedRuns(comment);
            byCell.TryAdd(cell, comment);
        }

        var authorId = names.IndexOf(Author);
        foreach (var note in notes)
        {
            if (byCell.TryGetValue((note.Row, note.Column), out var theirs))
            {
                AppendRuns(theirs, Run("\n" + Marker, bold: true), Run("\n" + note.Text, bold: false));
                continue;
            }

            if (authorId < 0)
            {
                authors.Add(new XElement(Ns + "author", Author));
                authorId = names.Count;
            }

            var comment = new XElement(
                Ns + "comment",
                new XAttribute("ref", CellAddress.Format(note.Row, note.Column)),
                new XAttribute("authorId", authorId.ToString(CultureInfo.InvariantCulture)),
                new XElement(Ns + "text", Run(note.Text, bold: false)));
            list.Add(comment);
            byCell[(note.Row, note.Column)] = comment;
        }

        return (document, before, [.. byCell.Keys]);
    }

    private static void RemoveMarkedRuns(XElement comment)
    {
        var runs = comment.Element(Ns + "text")?.Elements(Ns + "r").ToList() ?? [];
        var first = runs.FindIndex(r => r.Element(Ns + "t")?.Value.TrimStart('\n', '\r').StartsWith(Marker, StringComparison.Ordinal) == true);
        if (first >= 0)
        {
            runs.Skip(first).ToList().ForEach(r => r.Remove());
        }
    }

    /// <summary>Appends runs to a comment's text; a plain text comment becomes a run first, so the two are not mixed.</summary>
    private static void AppendRuns(XElement comment, params XElement[] runs)
    {
        var text = comment.Element(Ns + "text") ?? AddFirst(comment, new XElement(Ns + "text"));
        if (text.Element(Ns + "t") is { } plain)
        {
            plain.Remove();
            text.AddFirst(new XElement(Ns + "r", plain));
        }

        var phonetic = text.Elements().FirstOrDefault(e => e.Name.LocalName is "rPh" or "phoneticPr");
        if (phonetic is null)
        {
            text.Add(runs);
        }
        else
        {
            phonetic.AddBeforeSelf(runs);
        }
    }

    private static XElement Run(string text, bool bold)
    {
        var properties = new XElement(
            Ns + "rPr",
            new XElement(Ns + "rFont", new XAttribute("val", "MS P ゴシック")),
            new XElement(Ns + "charset", new XAttribute("val", "128")),
            new XElement(Ns + "family", new XAttribute("val", "3")));
        if (bold)
        {
            properties.Add(new XElement(Ns + "b"));
        }

        properties.Add(new XElement(Ns + "color", new XAttribute("indexed", "81")), new XElement(Ns + "sz", new XAttribute("val", "9")));
        return new XElement(Ns + "r", properties, new XElement(Ns + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), XmlText.Encode(CellText.Safe(text))));
    }

    private static XElement AddFirst(XElement parent, XElement child)
    {
        parent.AddFirst(child);
        return child;
    }

    private static XElement AddAfter(XElement sibling, XElement element)
    {
        sibling.AddAfterSelf(element);
        return element;
    }
}
