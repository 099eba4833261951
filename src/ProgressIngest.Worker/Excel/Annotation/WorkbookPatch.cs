using System.Globalization;
using System.Xml.Linq;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// workbook.xml with the 指摘一覧 sheet in front (and active), an earlier run's list removed, and
/// every sheet-index reference (defined names' localSheetId, the active tab) moved to match.
/// </summary>
internal static class WorkbookPatch
{
    private static readonly XNamespace Ns = Ooxml.MainNs;

    public static void Apply(XDocument workbook, IReadOnlyList<SheetEntry> sheets, IReadOnlySet<int> removed, string listName, string listRelationshipId)
    {
        var root = workbook.Root!;
        var list = root.Element(Ns + "sheets")!;
        var elements = list.Elements(Ns + "sheet").ToList();
        var nextId = elements.Select(e => uint.TryParse((string?)e.Attribute("sheetId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).DefaultIfEmpty(0u).Max() + 1;
        foreach (var index in removed)
        {
            elements[index].Remove();
        }

        list.AddFirst(new XElement(
            Ns + "sheet",
            new XAttribute("name", listName),
            new XAttribute("sheetId", nextId.ToString(CultureInfo.InvariantCulture)),
            new XAttribute(Ooxml.RelNs + "id", listRelationshipId)));

        var newIndex = new int?[sheets.Count];
        var position = 1;
        for (var i = 0; i < sheets.Count; i++)
        {
            newIndex[i] = removed.Contains(i) ? null : position++;
        }

        foreach (var name in root.Element(Ns + "definedNames")?.Elements(Ns + "definedName").ToList() ?? [])
        {
            if (!int.TryParse((string?)name.Attribute("localSheetId"), NumberStyles.None, CultureInfo.InvariantCulture, out var local))
            {
                continue;
            }

            if (local < newIndex.Length && newIndex[local] is { } moved)
            {
                name.SetAttributeValue("localSheetId", moved.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                name.Remove();
            }
        }

        var views = root.Element(Ns + "bookViews");
        if (views is null)
        {
            views = new XElement(Ns + "bookViews", new XElement(Ns + "workbookView"));
            list.AddBeforeSelf(views);
        }

        foreach (var view in views.Elements(Ns + "workbookView"))
        {
            view.SetAttributeValue("activeTab", null);
            view.SetAttributeValue("firstSheet", null);
        }
    }
}
