using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>What every annotated copy must satisfy, checked with independent readers of the package.</summary>
internal static class AnnotatedCopyCheck
{
    static AnnotatedCopyCheck()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>OpenXmlValidator's errors (Office 2016 schema): a stand-in for "Excel opens it without repair".</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>Parts of the original that are missing from the copy, and parts whose bytes differ.</summary>
    public static (IReadOnlyList<string> Missing, IReadOnlyList<string> Changed) Compare(byte[] original, byte[] copy)
    {
        var before = Parts(original);
        var after = Parts(copy);
        return (
            [.. before.Keys.Where(k => !after.ContainsKey(k)).Order(StringComparer.Ordinal)],
            [.. before.Keys.Where(k => after.TryGetValue(k, out var bytes) && !bytes.AsSpan().SequenceEqual(before[k])).Order(StringComparer.Ordinal)]);
    }

    /// <summary>Every part of the original is in the copy, and only <paramref name="mayChange"/> differ.</summary>
    public static void OnlyTheseChanged(byte[] original, byte[] copy, params string[] mayChange)
    {
        var (missing, changed) = Compare(original, copy);
        Assert.Empty(missing);
        Assert.Empty(changed.Except(mayChange, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Every value of every original sheet, as ExcelDataReader reads it (sheet → A1 → value).</summary>
    public static Dictionary<string, Dictionary<string, object>> ReadValues(byte[] xlsx)
    {
        var result = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(xlsx));
        do
        {
            var cells = new Dictionary<string, object>(StringComparer.Ordinal);
            var row = 0;
            while (reader.Read())
            {
                row++;
                for (var c = 0; c < reader.FieldCount; c++)
                {
                    if (reader.GetValue(c) is { } value)
                    {
                        cells[$"{Core.Findings.CellRef.ColumnLetters(c + 1)}{row}"] = value;
                    }
                }
            }

            result[reader.Name] = cells;
        }
        while (reader.NextResult());
        return result;
    }

    /// <summary>ExcelDataReader reads every sheet of the original with the same values from the copy.</summary>
    public static void SameValuesForExcelDataReader(byte[] original, byte[] copy)
    {
        var before = ReadValues(original);
        var after = ReadValues(copy);
        foreach (var (sheet, cells) in before)
        {
            Assert.Equal(cells, after[sheet]);
        }
    }

    /// <summary>ClosedXML reads every sheet of the original with the same values from the copy.</summary>
    public static void SameValuesForClosedXml(byte[] original, byte[] copy)
    {
        using var before = Xlsx.Open(original);
        using var after = Xlsx.Open(copy);
        foreach (var sheet in before.Worksheets)
        {
            Assert.Equal(Values(sheet), Values(after.Worksheet(sheet.Name)));
        }
    }

    public static byte[] Part(byte[] xlsx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(part)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Dictionary<string, string> Values(IXLWorksheet sheet)
        => sheet.CellsUsed(XLCellsUsedOptions.Contents).ToDictionary(c => c.Address.ToString()!, c => c.GetString());

    private static Dictionary<string, byte[]> Parts(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var parts = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts[entry.FullName] = copy.ToArray();
        }

        return parts;
    }
}
