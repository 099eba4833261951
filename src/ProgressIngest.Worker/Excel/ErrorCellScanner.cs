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

    private const int MaxColumn = 16_384;

    /// <summary>Marks a formula cell with no saved result in the map this scanner returns.</summary>
    public const string Uncalculated = "\u0000uncalculated";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
    };

    /// <summary>Sheet name → (row, column) → error text, for the named sheets only.</summary>
    /// <param name="maxEntryBytes">Most bytes inflated from any one part, whatever its declared size.</param>
    /// <param name="maxRows">Rows beyond this are never read by the reader either, so the scan stops there.</param>
    public static Dictionary<string, Dictionary<(int Row, int Column), string>> Scan(Stream stream, IReadOnlySet<string> sheetNames, long maxEntryBytes, int maxRows)
    {
        var result = new Dictionary<string, Dictionary<(int, int), string>>(StringComparer.Ordinal);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var targets = RelationshipTargets(zip, maxEntryBytes);
            foreach (var (name, relId) in Sheets(zip, maxEntryBytes).Where(s => sheetNames.Contains(s.Name)))
            {
                if (!targets.TryGetValue(relId, out var target) || zip.GetEntry(target) is not { } entry)
                {
                    continue;
                }

                using var xml = Open(entry, maxEntryBytes);
                var errors = new Dictionary<(int, int), string>();
                while (xml.ReadToFollowing("c", MainNs))
                {
                    if (xml.GetAttribute("r") is not { } reference || xml.IsEmptyElement)
                    {
                        continue;
                    }

                    var at = Parse(reference);
                    if (at.Row > maxRows)
                    {
                        break;
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
                        errors[at] = value ?? "#N/A";
                    }
                    else if (hasFormula && value is null)
                    {
                        errors[at] = Uncalculated;
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

    /// <returns>(0, 0) for a reference that is not a cell address (the file is untrusted), which matches no cell.</returns>
    private static (int Row, int Column) Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= MaxColumn; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return column <= MaxColumn && int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row)
            ? (row, column)
            : (0, 0);
    }
}
