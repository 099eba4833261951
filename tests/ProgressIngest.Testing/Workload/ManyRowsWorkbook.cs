using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ProgressIngest.Testing.Workload;

/// <summary>A workbook with one sheet grown far past the row cap, written streaming (for the row-cap test and benchmark).</summary>
public static partial class ManyRowsWorkbook
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>Copies <paramref name="template"/> with <paramref name="extraRows"/> data rows (from row 100) appended to the sheet part, its dimension dropped.</summary>
    public static void Write(string path, byte[] template, string sheetPart, int extraRows)
    {
        using var source = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read);
        using var file = File.Create(path);
        using var target = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            using var from = entry.Open();
            using var to = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
            if (entry.FullName != sheetPart)
            {
                from.CopyTo(to);
                continue;
            }

            using var reader = new StreamReader(from, Utf8);
            var xml = DimensionPattern().Replace(reader.ReadToEnd(), string.Empty);
            var p = xml.Contains("<x:sheetData", StringComparison.Ordinal) ? "x:" : string.Empty;
            var at = xml.IndexOf($"</{p}sheetData>", StringComparison.Ordinal);
            using var writer = new StreamWriter(to, Utf8, 1 << 16);
            writer.Write(xml[..at]);
            for (var r = 100; r < 100 + extraRows; r++)
            {
                writer.Write($"<{p}row r=\"{r}\"><{p}c r=\"A{r}\"><{p}v>{r}</{p}v></{p}c><{p}c r=\"H{r}\" t=\"inlineStr\"><{p}is><{p}t>行{r}</{p}t></{p}is></{p}c></{p}row>");
            }

            writer.Write(xml[at..]);
        }
    }

    [GeneratedRegex("<(x:)?dimension [^>]*/>")]
    private static partial Regex DimensionPattern();
}
