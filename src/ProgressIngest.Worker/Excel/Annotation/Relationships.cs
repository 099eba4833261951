using System.Globalization;
using System.Xml.Linq;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>A relationships part (<c>_rels/*.rels</c>) as a document: read, add to, remove from.</summary>
internal static class Relationships
{
    private static readonly XName Relationship = Ooxml.PackageRelNs + "Relationship";

    public static XDocument Empty() => new(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(Ooxml.PackageRelNs + "Relationships"));

    /// <summary>Internal relationships of <paramref name="source"/>, each with the part it points at.</summary>
    public static IEnumerable<(string Id, string Type, string Part)> Of(XDocument? rels, string source)
    {
        foreach (var element in rels?.Root?.Elements(Relationship) ?? [])
        {
            if ((string?)element.Attribute("TargetMode") == "External")
            {
                continue;
            }

            if ((string?)element.Attribute("Id") is { } id && (string?)element.Attribute("Type") is { } type
                && (string?)element.Attribute("Target") is { } target && PartPath.Resolve(source, target) is { } part)
            {
                yield return (id, type, part);
            }
        }
    }

    /// <returns>The new relationship's id, unused in this part.</returns>
    public static string Add(XDocument rels, string type, string source, string part)
    {
        var root = rels.Root!;
        var used = root.Elements(Relationship).Select(e => (string?)e.Attribute("Id")).ToHashSet(StringComparer.Ordinal);
        var n = used.Count + 1;
        string id;
        while (used.Contains(id = "rIdPi" + n.ToString(CultureInfo.InvariantCulture)))
        {
            n++;
        }

        root.Add(new XElement(Relationship, new XAttribute("Id", id), new XAttribute("Type", type), new XAttribute("Target", PartPath.Relative(source, part))));
        return id;
    }

    public static void Remove(XDocument rels, string id)
        => rels.Root?.Elements(Relationship).Where(e => (string?)e.Attribute("Id") == id).Remove();
}
