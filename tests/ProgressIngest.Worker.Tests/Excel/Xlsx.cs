using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>Reads generated workbooks back, and looks inside the package where ClosedXML would hide the difference.</summary>
internal static partial class Xlsx
{
    public static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    public static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    /// <summary>Sheet XML parts that contain a cell formula element (&lt;f&gt;, with or without a namespace prefix).</summary>
    public static IReadOnlyList<string> PartsWithFormulas(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var parts = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            if (FormulaElement().IsMatch(reader.ReadToEnd()))
            {
                parts.Add(entry.FullName);
            }
        }

        return parts;
    }

    public static IReadOnlyList<string> Entries(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    /// <summary>The row and column of the first cell in the sheet whose text is exactly <paramref name="text"/>.</summary>
    public static (int Row, int Column) Find(IXLWorksheet ws, string text)
    {
        var cell = ws.CellsUsed().FirstOrDefault(c => c.GetString() == text)
            ?? throw new InvalidOperationException($"「{text}」 not found in {ws.Name}");
        return (cell.Address.RowNumber, cell.Address.ColumnNumber);
    }

    [GeneratedRegex(@"<(\w+:)?f[\s/>]")]
    private static partial Regex FormulaElement();
}
