using System.Xml.Linq;
using ProgressIngest.Core.Findings;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// Builds the annotated copy by patching the submitted package (docs/contract.md §6): the parts that must
/// change are rewritten — the sheets with findings, their comments and VML drawings, styles, the
/// workbook, its relationships and the content types — and the 指摘一覧 sheet is added. Every other
/// part is copied as it is, so charts, pivot tables, pictures and macros stay the submitter's own.
/// </summary>
internal sealed class AnnotatedPackage
{
    /// <summary>Widest comment line in half-width units before it wraps in the comment box.</summary>
    private const int CommentUnitsPerLine = 50;

    private readonly SourcePackage _source;
    private readonly WorkbookMap _book;
    private readonly XDocument _contentTypes;
    private readonly StylesPatch _styles;
    private readonly Dictionary<string, byte[]?> _replaced = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Part, byte[] Content)> _added = [];
    private readonly Dictionary<string, (byte[] Xml, SheetFacts Facts)> _sheets = new(StringComparer.OrdinalIgnoreCase);

    private AnnotatedPackage(SourcePackage source)
    {
        _source = source;
        _book = WorkbookMap.Read(source);
        _contentTypes = source.Load(ContentTypes.Part) ?? throw new AnnotationException("ブックの構成情報がありません");
        _styles = new StylesPatch(_book.StylesPart is { } styles ? source.Load(styles) : null);
    }

    public static void Write(Stream original, IReadOnlyList<Finding> findings, Stream output, long maxPartBytes)
    {
        using var source = new SourcePackage(original, maxPartBytes);
        var package = new AnnotatedPackage(source);
        package.Annotate(findings);
        PackageWriter.Write(source, package._replaced, package._added, output, maxPartBytes);
    }

    private void Annotate(IReadOnlyList<Finding> findings)
    {
        var previousLists = _book.Sheets.Where(IsPreviousList).ToList();
        var sheets = _book.Sheets.Except(previousLists).ToList();

        var rows = new List<ListRow>();
        var cells = new Dictionary<SheetEntry, SortedDictionary<(int Row, int Column), List<Finding>>>();
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            var sheet = sheets.FirstOrDefault(s => s.Part is not null && s.Name == finding.Sheet);
            if (sheet is null || CellAddress.Parse(finding.Cell) is not { } at)
            {
                rows.Add(new ListRow(i + 1, finding, null));
                continue;
            }

            var visible = Sheet(sheet).Facts.Visible(at.Row, at.Column);
            if (!cells.TryGetValue(sheet, out var byCell))
            {
                cells[sheet] = byCell = [];
            }

            if (!byCell.TryGetValue(visible, out var list))
            {
                byCell[visible] = list = [];
            }

            list.Add(finding);
            rows.Add(new ListRow(i + 1, finding, (sheet.Name, visible.Row, visible.Column)));
        }

        foreach (var sheet in sheets.Where(s => s.Part is not null))
        {
            PatchSheet(sheet, cells.GetValueOrDefault(sheet));
        }

        AddList(rows, previousLists);
        if (_book.StylesPart is { } styles)
        {
            _replaced[styles] = XmlParts.Save(_styles.Document);
        }
        else
        {
            var part = FreePart("xl/styles{0}.xml");
            Relationships.Add(_book.RelationshipsDocument, Ooxml.StylesType, _book.Part, part);
            ContentTypes.SetOverride(_contentTypes, part, Ooxml.StylesContent);
            _added.Add((part, XmlParts.Save(_styles.Document)));
        }

        _replaced[_book.Part] = XmlParts.Save(_book.Workbook);
        Put(_book.RelationshipsPart, XmlParts.Save(_book.RelationshipsDocument));
        _replaced[ContentTypes.Part] = XmlParts.Save(_contentTypes);
    }

    private void PatchSheet(SheetEntry sheet, SortedDictionary<(int Row, int Column), List<Finding>>? cells)
    {
        var part = sheet.Part!;
        var (xml, facts) = Sheet(sheet);
        var relsPart = PartPath.RelationshipsOf(part);
        var rels = _source.Load(relsPart);
        var relations = Relationships.Of(rels, part).ToList();
        var commentsPart = relations.FirstOrDefault(r => r.Type == Ooxml.CommentsType && _source.Contains(r.Part)).Part;
        var comments = commentsPart is null ? null : _source.Read(commentsPart);
        var oldNotes = comments is not null && comments.AsSpan().IndexOf(XmlParts.Utf8.GetBytes(CommentsPatch.Author)) >= 0;
        if (cells is null && !oldNotes && !facts.TabSelected)
        {
            return;
        }

        string? legacyDrawingId = null;
        if (cells is not null || oldNotes)
        {
            rels ??= Relationships.Empty();
            var notes = (cells ?? []).Select(c => Note(c.Key, c.Value)).ToList();
            var (document, before, after) = CommentsPatch.Apply(comments is null ? null : XmlParts.Load(comments), notes);
            if (commentsPart is null)
            {
                commentsPart = FreePart("xl/comments{0}.xml");
                Relationships.Add(rels, Ooxml.CommentsType, part, commentsPart);
                ContentTypes.SetOverride(_contentTypes, commentsPart, Ooxml.CommentsContent);
            }

            Put(commentsPart, XmlParts.Save(document));

            var vmlPart = facts.LegacyDrawingId is { } id ? relations.FirstOrDefault(r => r.Id == id && _source.Contains(r.Part)).Part : null;
            var vml = vmlPart is null ? null : _source.Read(vmlPart);
            if (vmlPart is null)
            {
                vmlPart = FreePart("xl/drawings/vmlDrawing{0}.vml");
                legacyDrawingId = Relationships.Add(rels, Ooxml.VmlDrawingType, part, vmlPart);
                ContentTypes.EnsureDefault(_contentTypes, "vml", Ooxml.VmlContent);
            }

            Put(vmlPart, VmlDrawing.Patch(vml, before, after, notes, idBlock: 100 + sheet.Index));
            Put(relsPart, XmlParts.Save(rels));
        }

        var highlights = new SortedDictionary<int, SortedDictionary<int, bool>>();
        foreach (var ((row, column), list) in cells ?? [])
        {
            if (!highlights.TryGetValue(row, out var columns))
            {
                highlights[row] = columns = [];
            }

            columns[column] = list.Any(f => f.Severity == Severity.Error);
        }

        _replaced[part] = SheetPatcher.Patch(xml, new SheetEdit(highlights, facts.TabSelected, legacyDrawingId), _styles);
    }

    private void AddList(List<ListRow> rows, List<SheetEntry> previousLists)
    {
        foreach (var previous in previousLists)
        {
            Relationships.Remove(_book.RelationshipsDocument, previous.RelId);
            ContentTypes.RemoveOverride(_contentTypes, previous.Part!);
            _replaced[previous.Part!] = null;
            if (_source.Contains(PartPath.RelationshipsOf(previous.Part!)))
            {
                _replaced[PartPath.RelationshipsOf(previous.Part!)] = null;
            }
        }

        var part = FreePart("xl/worksheets/sheet{0}.xml");
        var id = Relationships.Add(_book.RelationshipsDocument, Ooxml.WorksheetType, _book.Part, part);
        ContentTypes.SetOverride(_contentTypes, part, Ooxml.WorksheetContent);
        _added.Add((part, ListSheet.Write(rows, _styles.List)));

        var kept = _book.Sheets.Except(previousLists).Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = ListSheet.Name;
        for (var n = 2; kept.Contains(name); n++)
        {
            name = $"{ListSheet.Name}({n})";
        }

        WorkbookPatch.Apply(_book.Workbook, _book.Sheets, previousLists.Select(s => s.Index).ToHashSet(), name, id);
    }

    /// <summary>A 指摘一覧 sheet an earlier run added, when a submitter sends the annotated copy back in.</summary>
    private bool IsPreviousList(SheetEntry sheet)
        => sheet.Part is not null && sheet.Name.StartsWith(ListSheet.Name, StringComparison.Ordinal)
            && Sheet(sheet).Xml.AsSpan().IndexOf(XmlParts.Utf8.GetBytes(ListSheet.Note)) >= 0;

    private (byte[] Xml, SheetFacts Facts) Sheet(SheetEntry sheet)
    {
        if (!_sheets.TryGetValue(sheet.Part!, out var read))
        {
            var xml = _source.Read(sheet.Part!);
            _sheets[sheet.Part!] = read = (xml, SheetFacts.Read(xml));
        }

        return read;
    }

    private static CellNote Note((int Row, int Column) cell, List<Finding> findings)
    {
        var lines = findings.Select(f => $"[{FindingText.Severity(f.Severity)}] {f.Message} / 修正方法: {f.Fix}").ToList();
        var height = lines.Sum(l => Math.Max(1, (int)Math.Ceiling(ColumnWidth.WidestLine(l) / (double)CommentUnitsPerLine)));
        return new CellNote(cell.Row, cell.Column, string.Join('\n', lines), height);
    }

    /// <summary>Replaces a part of the original, or adds it when the original has none by that name.</summary>
    private void Put(string part, byte[] content)
    {
        if (_source.Contains(part))
        {
            _replaced[part] = content;
        }
        else
        {
            _added.RemoveAll(a => string.Equals(a.Part, part, StringComparison.OrdinalIgnoreCase));
            _added.Add((part, content));
        }
    }

    /// <summary>The first free part name of the pattern ({0} = 1, 2, …), in the original and among the added parts.</summary>
    private string FreePart(string pattern)
    {
        for (var n = 1; ; n++)
        {
            var part = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, n);
            if (!_source.Contains(part) && !_added.Any(a => string.Equals(a.Part, part, StringComparison.OrdinalIgnoreCase)))
            {
                return part;
            }
        }
    }
}
