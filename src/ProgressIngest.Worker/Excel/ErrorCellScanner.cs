using System.IO.Compression;
using System.Xml;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// ExcelDataReader returns null for a cell showing #DIV/0! or #REF!, exactly as for an empty cell.
/// A submitter deserves to hear "this cell shows an Excel error", so we read the error cells
/// (<c>&lt;c t="e"&gt;</c>) of an .xlsx ourselves.
/// </summary>
internal static class ErrorCellScanner
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Marks a formula cell with no saved result in the map this scanner returns.</summary>
    public const string Uncalculated = "\u0000uncalculated";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
    };

    /// <summary>Sheet name → (row, column) → error text, for the named sheets only.</summary>
    public static Dictionary<string, Dictionary<(int Row, int Column), string>> Scan(Stream stream, IReadOnlySet<string> sheetNames)
    {
        var result = new Dictionary<string, Dictionary<(int, int), string>>(StringComparer.Ordinal);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var targets = RelationshipTargets(zip);
            foreach (var (name, relId) in Sheets(zip).Where(s => sheetNames.Contains(s.Name)))
            {
                if (!targets.TryGetValue(relId, out var target) || zip.GetEntry(target) is not { } entry)
                {
                    continue;
                }

                using var xml = XmlReader.Create(entry.Open(), Settings);
                var errors = new Dictionary<(int, int), string>();
                while (xml.ReadToFollowing("c", MainNs))
                {
                    if (xml.GetAttribute("r") is not { } reference || xml.IsEmptyElement)
                    {
                        continue;
                    }

                    var isError = xml.GetAttribute("t") == "e";
                    using var cell = xml.ReadSubtree();
                    string? value = null;
                    var hasFormula = false;
                    while (cell.Read())
                    {
                        if (cell.NodeType != XmlNodeType.Element || cell.NamespaceURI != MainNs)
                        {
                            continue;
                        }

                        if (cell.LocalName == "f")
                        {
                            hasFormula = true;
                        }
                        else if (cell.LocalName == "v")
                        {
                            value = cell.ReadElementContentAsString();
                        }
                    }

                    if (isError)
                    {
                        errors[Parse(reference)] = value ?? "#N/A";
                    }
                    else if (hasFormula && value is null)
                    {
                        errors[Parse(reference)] = Uncalculated;
                    }
                }

                if (errors.Count > 0)
                {
                    result[name] = errors;
                }
            }
        }
        finally
        {
            stream.Position = 0;
        }

        return result;
    }

    private static List<(string Name, string RelId)> Sheets(ZipArchive zip)
    {
        var list = new List<(string, string)>();
        if (zip.GetEntry("xl/workbook.xml") is not { } entry)
        {
            return list;
        }

        using var xml = XmlReader.Create(entry.Open(), Settings);
        while (xml.ReadToFollowing("sheet", MainNs))
        {
            if (xml.GetAttribute("name") is { } name && xml.GetAttribute("id", RelNs) is { } id)
            {
                list.Add((name, id));
            }
        }

        return list;
    }

    private static Dictionary<string, string> RelationshipTargets(ZipArchive zip)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } entry)
        {
            return map;
        }

        using var xml = XmlReader.Create(entry.Open(), Settings);
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

    private static (int Row, int Column) Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return (int.Parse(reference.AsSpan(i), System.Globalization.CultureInfo.InvariantCulture), column);
    }
}
