using System.Xml.Linq;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>Edits to <c>[Content_Types].xml</c>: overrides for added and removed parts, a default for .vml.</summary>
internal static class ContentTypes
{
    public const string Part = "[Content_Types].xml";

    private static readonly XName Override = Ooxml.ContentTypesNs + "Override";
    private static readonly XName Default = Ooxml.ContentTypesNs + "Default";

    public static void SetOverride(XDocument types, string part, string contentType)
    {
        RemoveOverride(types, part);
        types.Root!.Add(new XElement(Override, new XAttribute("PartName", "/" + part), new XAttribute("ContentType", contentType)));
    }

    public static void RemoveOverride(XDocument types, string part)
        => types.Root!.Elements(Override)
            .Where(e => string.Equals(((string?)e.Attribute("PartName"))?.TrimStart('/'), part, StringComparison.OrdinalIgnoreCase))
            .Remove();

    public static void EnsureDefault(XDocument types, string extension, string contentType)
    {
        var root = types.Root!;
        if (root.Elements(Default).Any(e => string.Equals((string?)e.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        // Defaults come before overrides in the files Office writes.
        var element = new XElement(Default, new XAttribute("Extension", extension), new XAttribute("ContentType", contentType));
        if (root.Elements(Default).LastOrDefault() is { } last)
        {
            last.AddAfterSelf(element);
        }
        else
        {
            root.AddFirst(element);
        }
    }
}
