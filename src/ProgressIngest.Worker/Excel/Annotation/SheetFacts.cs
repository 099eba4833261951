using System.Xml;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// What must be known of a worksheet before it is rewritten: its merged ranges (they come after the
/// cells in the XML, and a finding on a merged cell belongs on the visible top-left one) and its legacy
/// drawing. Most sheets have neither; a byte search says so without parsing.
/// </summary>
internal sealed record SheetFacts(IReadOnlyList<(int Top, int Left, int Bottom, int Right)> Merges, string? LegacyDrawingId, bool TabSelected)
{
    public static SheetFacts Read(byte[] sheet)
    {
        var span = sheet.AsSpan();
        var tabSelected = span.IndexOf("tabSelected"u8) >= 0;
        if (span.IndexOf("mergeCell"u8) < 0 && span.IndexOf("legacyDrawing"u8) < 0)
        {
            return new SheetFacts([], null, tabSelected);
        }

        var merges = new List<(int, int, int, int)>();
        string? legacyDrawing = null;
        using var reader = XmlParts.Reader(sheet);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Ooxml.Main)
            {
                continue;
            }

            if (reader.LocalName == "mergeCell" && reader.GetAttribute("ref") is { } range && Range(range) is { } merge)
            {
                merges.Add(merge);
            }
            else if (reader.LocalName == "legacyDrawing" && reader.Depth == 1)
            {
                legacyDrawing = reader.GetAttribute("id", Ooxml.Relationships);
            }
        }

        return new SheetFacts(merges, legacyDrawing, tabSelected);
    }

    /// <summary>The cell a submitter sees for (row, column): the top-left cell of a merged range containing it.</summary>
    public (int Row, int Column) Visible(int row, int column)
    {
        foreach (var (top, left, bottom, right) in Merges)
        {
            if (row >= top && row <= bottom && column >= left && column <= right)
            {
                return (top, left);
            }
        }

        return (row, column);
    }

    private static (int, int, int, int)? Range(string range)
    {
        var parts = range.Split(':');
        var from = CellAddress.Parse(parts[0]);
        var to = parts.Length == 2 ? CellAddress.Parse(parts[1]) : from;
        return from is { } a && to is { } b ? (Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column), Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column)) : null;
    }
}
