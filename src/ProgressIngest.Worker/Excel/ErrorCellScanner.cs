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

    private const int MaxColumn = 16_384;

    /// <summary>Marks a formula cell with no saved result in the map this scanner returns.</summary>
    public const string Uncalculated = "\u0000uncalculated";

    /// <summary>Sheet name → (row, column) → error text, for the named sheets only.</summary>
    /// <param name="maxEntryBytes">Most bytes inflated from any one part, whatever its declared size.</param>
    /// <param name="maxRows">Rows beyond this are never read by the reader either, so the scan stops there.</param>
    public static Dictionary<string, Dictionary<(int Row, int Column), string>> Scan(Stream stream, IReadOnlySet<string> sheetNames, long maxEntryBytes, int maxRows)
        => Scan(SheetXml.Read(stream, maxEntryBytes).Where(s => sheetNames.Contains(s.Name)), maxRows);

    public static Dictionary<string, Dictionary<(int Row, int Column), string>> Scan(IEnumerable<SheetXml> sheets, int maxRows)
    {
        var result = new Dictionary<string, Dictionary<(int, int), string>>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            if (MayHaveErrorsOrFormulas(sheet.Xml) && ScanSheet(sheet.Xml, maxRows) is { Count: > 0 } errors)
            {
                result[sheet.Name] = errors;
            }
        }

        return result;
    }

    /// <summary>
    /// A byte search that rules out most sheets without parsing them: an error cell needs the value
    /// <c>"e"</c> and a formula an element named <c>f</c>. A false alarm only costs the full scan.
    /// </summary>
    public static bool MayHaveErrorsOrFormulas(ReadOnlySpan<byte> xml)
    {
        if (xml.IndexOf("\"e\""u8) >= 0 || xml.IndexOf("'e'"u8) >= 0)
        {
            return true;
        }

        for (var i = xml.IndexOf((byte)'f'); i >= 0; i = xml[(i + 1)..].IndexOf((byte)'f') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (i > 0 && xml[i - 1] is (byte)'<' or (byte)':' && i + 1 < xml.Length && xml[i + 1] is (byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<(int Row, int Column), string> ScanSheet(byte[] sheet, int maxRows)
    {
        using var xml = SheetXml.Open(sheet);
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

            var type = xml.GetAttribute("t");
            var isError = type == "e";
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
            else if (hasFormula && (value is null || (value.Length == 0 && type != "str")))
            {
                // No result saved: <v> missing, or empty as openpyxl and pandas write it. Excel saves a formula whose
                // result is the empty string as t="str" with an empty <v>: that one was calculated.
                errors[at] = Uncalculated;
            }
        }

        return errors;
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
