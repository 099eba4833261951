using System.Buffers.Text;
using System.IO.Compression;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Keeps ExcelDataReader from reading rows beyond the row cap. It parses a whole sheet before the first
/// row is returned (to size it), so stopping our own loop at the cap still cost seconds on a 300,000-row
/// sheet. A sheet whose last row lies beyond the cap is handed to the reader cut after the cap instead;
/// whether anything but formatting was cut is recorded, so the sheet is still reported as truncated.
/// The cut works on the bytes: rows are found by their tags, never parsed as XML.
/// </summary>
internal static class RowCap
{
    /// <returns>The package for the reader (the original unless a sheet was cut) and the names of sheets that lost data to the cut.</returns>
    public static (Stream Package, IReadOnlySet<string> Truncated) Apply(MemoryStream original, IReadOnlyList<SheetXml> sheets, int maxRows)
    {
        var cuts = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        var truncated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            if (Cut(sheet.Xml, maxRows) is { } cut)
            {
                cuts[sheet.Part] = cut.Xml;
                if (cut.DataCut)
                {
                    truncated.Add(sheet.Name);
                }
            }
        }

        return cuts.Count == 0 ? (original, truncated) : (Rebuild(original, cuts), truncated);
    }

    /// <returns>The sheet without its rows beyond <paramref name="maxRows"/>; null when it has none.</returns>
    public static (byte[] Xml, bool DataCut)? Cut(byte[] xml, int maxRows)
    {
        var span = xml.AsSpan();
        var end = SheetDataEnd(span);
        if (end < 0 || LastRowNumber(span[..end]) is { } last && last <= maxRows)
        {
            return null;
        }

        var row = 0;
        var cut = -1;
        var dataCut = false;
        for (var at = span.IndexOf((byte)'<'); at >= 0 && at < end; at = Next(span, at))
        {
            var name = TagName(span, at, out var closing);
            if (closing)
            {
                continue;
            }

            if (name.SequenceEqual("row"u8))
            {
                row = RowAttribute(span, at) ?? row + 1;
                if (cut < 0 && row > maxRows)
                {
                    cut = at;
                }
            }
            else if (cut >= 0 && (name.SequenceEqual("v"u8) || name.SequenceEqual("is"u8) || name.SequenceEqual("f"u8)))
            {
                dataCut = true;
                break;
            }
        }

        if (cut < 0)
        {
            return null;
        }

        var result = new byte[cut + (xml.Length - end)];
        span[..cut].CopyTo(result);
        span[end..].CopyTo(result.AsSpan(cut));
        return (result, dataCut);
    }

    /// <summary>Where the closing sheetData tag starts; -1 for a sheet without rows.</summary>
    private static int SheetDataEnd(ReadOnlySpan<byte> xml)
    {
        var at = xml.LastIndexOf("sheetData>"u8);
        while (at > 0 && xml[at - 1] != (byte)'<' && xml[at - 1] != (byte)'/')
        {
            at--;
        }

        return at > 1 && xml[at - 1] == (byte)'/' && xml[..(at - 1)].LastIndexOf((byte)'<') is var open and >= 0 ? open : -1;
    }

    /// <summary>The r of the last row start tag before the end of sheetData; null when it has none (then rows are counted).</summary>
    private static int? LastRowNumber(ReadOnlySpan<byte> xml)
    {
        for (var at = xml.LastIndexOf((byte)'<'); at >= 0; at = xml[..at].LastIndexOf((byte)'<'))
        {
            var name = TagName(xml, at, out var closing);
            if (closing)
            {
                continue;
            }

            if (name.SequenceEqual("row"u8))
            {
                return RowAttribute(xml, at);
            }

            if (name.SequenceEqual("sheetData"u8))
            {
                return 0;
            }
        }

        return 0;
    }

    private static int Next(ReadOnlySpan<byte> xml, int at)
        => xml[(at + 1)..].IndexOf((byte)'<') is var next and >= 0 ? at + 1 + next : -1;

    /// <summary>The local name of the tag starting at <paramref name="at"/> (prefix dropped); <paramref name="closing"/> for an end tag.</summary>
    private static ReadOnlySpan<byte> TagName(ReadOnlySpan<byte> xml, int at, out bool closing)
    {
        var start = at + 1;
        closing = start < xml.Length && xml[start] == (byte)'/';
        if (closing)
        {
            start++;
        }

        var end = start;
        while (end < xml.Length && xml[end] is not ((byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            end++;
        }

        var name = xml[start..end];
        var colon = name.LastIndexOf((byte)':');
        return colon >= 0 ? name[(colon + 1)..] : name;
    }

    /// <summary>The value of the r attribute of the tag starting at <paramref name="at"/>.</summary>
    private static int? RowAttribute(ReadOnlySpan<byte> xml, int at)
    {
        var close = xml[at..].IndexOf((byte)'>');
        var tag = close < 0 ? xml[at..] : xml[at..(at + close)];
        for (var i = tag.IndexOf("r="u8); i >= 0; i = tag[(i + 2)..].IndexOf("r="u8) is var next and >= 0 ? i + 2 + next : -1)
        {
            if (i > 0 && tag[i - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' && i + 3 < tag.Length && tag[i + 2] is (byte)'"' or (byte)'\'')
            {
                return Utf8Parser.TryParse(tag[(i + 3)..], out int row, out _) ? row : null;
            }
        }

        return null;
    }

    private static MemoryStream Rebuild(MemoryStream original, Dictionary<string, byte[]> cuts)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(original, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (cuts.TryGetValue(entry.FullName, out var cut))
                {
                    to.Write(cut);
                    continue;
                }

                // Entries were inflated under the cap already by SheetXml or are checked by the preflight's totals.
                using var from = entry.Open();
                from.CopyTo(to);
            }
        }

        original.Position = 0;
        output.Position = 0;
        return output;
    }
}
