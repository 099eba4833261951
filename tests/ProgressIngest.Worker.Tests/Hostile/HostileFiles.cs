using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>
/// Builds hostile and broken submissions in code from a valid filled template, so that no binary
/// sample has to be committed and every file says how it was made.
/// </summary>
internal static partial class HostileFiles
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>A correctly filled template for the division: accepted as it is.</summary>
    public static byte[] Valid(string division = "bpr")
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, division, 2025);
        return workbook.ToBytes();
    }

    /// <summary>The zip part holding a sheet, from workbook.xml and its relationships.</summary>
    public static string SheetPart(byte[] xlsx, string sheetName)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var workbook = Text(zip, "xl/workbook.xml");
        var rels = Text(zip, "xl/_rels/workbook.xml.rels");
        var id = Regex.Match(workbook, $"<(?:x:)?sheet [^>]*name=\"{Regex.Escape(sheetName)}\"[^>]*r:id=\"([^\"]+)\"").Groups[1].Value;
        var target = Regex.Match(rels, $"<Relationship [^>]*Target=\"([^\"]+)\"[^>]*Id=\"{Regex.Escape(id)}\"|<Relationship [^>]*Id=\"{Regex.Escape(id)}\"[^>]*Target=\"([^\"]+)\"");
        var path = target.Groups[1].Success ? target.Groups[1].Value : target.Groups[2].Value;
        return path.StartsWith('/') ? path.TrimStart('/') : "xl/" + path;
    }

    public static string PartText(byte[] xlsx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return Text(zip, part);
    }

    /// <summary>
    /// Copies every part of <paramref name="template"/> into a new package, except those in
    /// <paramref name="parts"/>, which the given writers produce (streaming: a part may be gigabytes).
    /// </summary>
    public static void Rebuild(Stream output, byte[] template, IReadOnlyDictionary<string, Action<Stream>> parts)
    {
        using var source = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            if (parts.ContainsKey(entry.FullName))
            {
                continue;
            }

            using var from = entry.Open();
            using var to = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
            from.CopyTo(to);
        }

        foreach (var (name, write) in parts)
        {
            using var to = target.CreateEntry(name, CompressionLevel.Optimal).Open();
            write(to);
        }
    }

    public static byte[] Rebuild(byte[] template, IReadOnlyDictionary<string, Action<Stream>> parts)
    {
        using var output = new MemoryStream();
        Rebuild(output, template, parts);
        return output.ToArray();
    }

    /// <summary>The same workbook with one sheet's XML edited as text (dimension dropped, so readers size the sheet from its cells).</summary>
    public static byte[] EditSheet(byte[] template, string sheetName, Func<string, string> edit)
    {
        var part = SheetPart(template, sheetName);
        var xml = DimensionPattern().Replace(PartText(template, part), string.Empty);
        var edited = edit(xml);
        return Rebuild(template, new Dictionary<string, Action<Stream>> { [part] = s => s.Write(Utf8.GetBytes(edited)) });
    }

    /// <summary>Replaces the cell <paramref name="reference"/> of a sheet with raw cell XML (unprefixed: prefixes are added to match the part).</summary>
    public static byte[] WithCell(byte[] template, string sheetName, string reference, string cellXml)
        => EditSheet(template, sheetName, xml =>
        {
            var prefix = xml.Contains("<x:sheetData", StringComparison.Ordinal) ? "x:" : string.Empty;
            var prefixed = prefix.Length == 0 ? cellXml : Regex.Replace(cellXml, "<(/?)([a-z])", "<$1x:$2");
            var cell = new Regex($"<{prefix}c r=\"{reference}\"[^>]*?(/>|>.*?</{prefix}c>)");
            if (cell.IsMatch(xml))
            {
                return cell.Replace(xml, prefixed, 1);
            }

            // The cell does not exist yet: append it to its row.
            var row = Regex.Match(reference, "[0-9]+$").Value;
            var rowMatch = new Regex($"(<{prefix}row r=\"{row}\"[^>]*>.*?)(</{prefix}row>)").Match(xml);
            return rowMatch.Success
                ? xml[..rowMatch.Index] + rowMatch.Groups[1].Value + prefixed + rowMatch.Groups[2].Value + xml[(rowMatch.Index + rowMatch.Length)..]
                : throw new InvalidOperationException($"row {row} not in {sheetName}");
        });

    /// <summary>An inline-string cell; <paramref name="text"/> may carry OOXML escapes such as <c>_x0001_</c>.</summary>
    public static string InlineString(string reference, string text)
        => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</t></is></c>";

    /// <summary>
    /// A zip bomb: a valid workbook whose sheet XML carries <paramref name="padBytes"/> of whitespace
    /// (legal between elements). Written streaming, so the file stays a few MB whatever the padding.
    /// </summary>
    public static void WritePaddedSheet(string path, byte[] template, string sheetName, long padBytes)
    {
        var part = SheetPart(template, sheetName);
        var xml = PartText(template, part);
        var at = xml.IndexOf("<x:sheetData>", StringComparison.Ordinal) + "<x:sheetData>".Length;
        using var file = File.Create(path);
        Rebuild(file, template, new Dictionary<string, Action<Stream>>
        {
            [part] = s =>
            {
                s.Write(Utf8.GetBytes(xml[..at]));
                WriteRepeated(s, (byte)' ', padBytes);
                s.Write(Utf8.GetBytes(xml[at..]));
            },
        });
    }

    /// <summary>A shared-string bomb: one string of <paramref name="chars"/> characters, the kind that made ExcelDataReader take 1.27 GB for a 314 KB file.</summary>
    public static void WriteHugeSharedString(string path, byte[] template, long chars)
    {
        var xml = PartText(template, "xl/sharedStrings.xml");
        var at = xml.LastIndexOf("</x:sst>", StringComparison.Ordinal);
        using var file = File.Create(path);
        Rebuild(file, template, new Dictionary<string, Action<Stream>>
        {
            ["xl/sharedStrings.xml"] = s =>
            {
                s.Write(Utf8.GetBytes(xml[..at] + "<x:si><x:t>"));
                WriteRepeated(s, (byte)'A', chars);
                s.Write(Utf8.GetBytes("</x:t></x:si>" + xml[at..]));
            },
        });
    }

    /// <summary>A sheet with <paramref name="extraRows"/> data rows appended below the template's rows, written streaming.</summary>
    public static void WriteManyRows(string path, byte[] template, string sheetName, int extraRows)
        => Testing.Workload.ManyRowsWorkbook.Write(path, template, SheetPart(template, sheetName), extraRows);

    /// <summary>
    /// Patches the declared uncompressed size of one part, in its local header and in the central
    /// directory, to a small number: a file that lies to a pre-flight check.
    /// </summary>
    public static void LieAboutSize(string path, string part, uint declared)
    {
        var bytes = File.ReadAllBytes(path);
        var eocd = bytes.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        var entries = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(eocd + 10));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(eocd + 16));
        for (var i = 0; i < entries; i++)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at + 32));
            var name = Encoding.UTF8.GetString(bytes, at + 46, nameLength);
            if (name == part)
            {
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 42));
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 24), declared);
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), declared);
                File.WriteAllBytes(path, bytes);
                return;
            }

            at += 46 + nameLength + extraLength + commentLength;
        }

        throw new InvalidOperationException($"{part} not in {path}");
    }

    private static void WriteRepeated(Stream stream, byte value, long count)
    {
        var block = new byte[1 << 20];
        Array.Fill(block, value);
        for (var left = count; left > 0; left -= block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, left));
        }
    }

    private static string Text(ZipArchive zip, string part)
    {
        using var reader = new StreamReader(zip.GetEntry(part)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("<(?:x:)?dimension [^>]*/>")]
    private static partial Regex DimensionPattern();
}
