using System.Xml.Linq;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>Where the workbook part, its relationships, its sheets and its styles are in the package.</summary>
internal sealed class WorkbookMap
{
    private WorkbookMap(string part, XDocument workbook, XDocument relationships, IReadOnlyList<SheetEntry> sheets, string? stylesPart)
    {
        Part = part;
        Workbook = workbook;
        RelationshipsDocument = relationships;
        Sheets = sheets;
        StylesPart = stylesPart;
    }

    public string Part { get; }

    public string RelationshipsPart => PartPath.RelationshipsOf(Part);

    public XDocument Workbook { get; }

    public XDocument RelationshipsDocument { get; }

    /// <summary>Every sheet in tab order, chart sheets included (defined names count them).</summary>
    public IReadOnlyList<SheetEntry> Sheets { get; }

    public string? StylesPart { get; }

    public static WorkbookMap Read(SourcePackage package)
    {
        var root = package.Load("_rels/.rels");
        var part = Relationships.Of(root, string.Empty).FirstOrDefault(r => r.Type == Ooxml.OfficeDocumentType).Part
            ?? throw new AnnotationException("ブックの本体が見つかりません");
        var workbook = package.Load(part) ?? throw new AnnotationException("ブックの本体が見つかりません");
        if (workbook.Root?.Name != Ooxml.MainNs + "workbook")
        {
            // Strict Open XML and other dialects: better no copy than a copy Excel repairs.
            throw new AnnotationException("ブックの形式（Strict Open XML など）に対応していません");
        }

        var relationships = package.Load(PartPath.RelationshipsOf(part)) ?? Relationships.Empty();
        var targets = Relationships.Of(relationships, part).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var sheets = new List<SheetEntry>();
        foreach (var sheet in workbook.Root.Element(Ooxml.MainNs + "sheets")?.Elements(Ooxml.MainNs + "sheet") ?? [])
        {
            var name = (string?)sheet.Attribute("name") ?? string.Empty;
            var id = (string?)sheet.Attribute(Ooxml.RelNs + "id") ?? string.Empty;
            var target = targets.TryGetValue(id, out var t) ? t : default;
            var isWorksheet = target.Type == Ooxml.WorksheetType && package.Contains(target.Part);
            sheets.Add(new SheetEntry(name, sheets.Count, id, isWorksheet ? target.Part : null));
        }

        var styles = Relationships.Of(relationships, part).FirstOrDefault(r => r.Type == Ooxml.StylesType).Part;
        return new WorkbookMap(part, workbook, relationships, sheets, styles is not null && package.Contains(styles) ? styles : null);
    }
}

/// <param name="Index">Position in the tab order, as defined names' localSheetId counts.</param>
/// <param name="Part">The worksheet part; null for a chart sheet or a sheet whose part is missing.</param>
internal sealed record SheetEntry(string Name, int Index, string RelId, string? Part);
