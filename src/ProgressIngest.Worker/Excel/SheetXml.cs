using System.IO.Compression;
using System.Xml;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// The XML of a workbook's worksheets, each inflated once (and no more than the cap, whatever its
/// declared size) for the checks that run before ExcelDataReader sees the file.
/// </summary>
internal sealed record SheetXml(string Name, string Part, byte[] Xml)
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
    };

    /// <param name="maxEntryBytes">Most bytes inflated from any one part.</param>
    public static IReadOnlyList<SheetXml> Read(Stream stream, long maxEntryBytes)
    {
        var sheets = new List<SheetXml>();
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var targets = RelationshipTargets(zip, maxEntryBytes);
            foreach (var (name, relId) in Sheets(zip, maxEntryBytes))
            {
                if (targets.TryGetValue(relId, out var target) && zip.GetEntry(target) is { } entry)
                {
                    using var source = new BoundedReadStream(entry.Open(), maxEntryBytes);
                    using var copy = new MemoryStream(entry.Length is > 0 and < int.MaxValue ? (int)entry.Length : 0);
                    source.CopyTo(copy);
                    sheets.Add(new SheetXml(name, target, copy.ToArray()));
                }
            }
        }
        finally
        {
            stream.Position = 0;
        }

        return sheets;
    }

    public static XmlReader Open(byte[] xml) => XmlReader.Create(new MemoryStream(xml, writable: false), Settings);

    private static XmlReader Open(ZipArchiveEntry entry, long maxBytes)
        => XmlReader.Create(new BoundedReadStream(entry.Open(), maxBytes), Settings);

    private static List<(string Name, string RelId)> Sheets(ZipArchive zip, long maxBytes)
    {
        var list = new List<(string, string)>();
        if (zip.GetEntry("xl/workbook.xml") is not { } entry)
        {
            return list;
        }

        using var xml = Open(entry, maxBytes);
        while (xml.ReadToFollowing("sheet", MainNs))
        {
            if (xml.GetAttribute("name") is { } name && xml.GetAttribute("id", RelNs) is { } id)
            {
                list.Add((name, id));
            }
        }

        return list;
    }

    private static Dictionary<string, string> RelationshipTargets(ZipArchive zip, long maxBytes)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } entry)
        {
            return map;
        }

        using var xml = Open(entry, maxBytes);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
            {
                map[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            }
        }

        return map;
    }
}
