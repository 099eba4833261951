using System.Text;
using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Reading;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// The only place that touches ExcelDataReader: turns the bytes of a submitted .xlsx/.xlsm/.xls into
/// a <see cref="RawWorkbook"/>, within <see cref="ReadLimits"/>, or throws
/// <see cref="UnreadableFileException"/> carrying a Japanese finding.
/// </summary>
internal static class ExcelWorkbookReader
{
    public static readonly IReadOnlyList<string> SupportedExtensions = [".xlsx", ".xlsm", ".xls"];

    private static readonly HashSet<string> ScannedSheets = new HashSet<string>([SheetNames.Cover, SheetNames.Measures, SheetNames.Indicators]);

    static ExcelWorkbookReader()
    {
        // Legacy .xls stores Japanese text in code page 932 (Shift_JIS).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static RawWorkbook Read(ReadOnlyMemory<byte> content, ReadLimits limits)
    {
        if (content.Length == 0)
        {
            throw new UnreadableFileException(FileProblems.Empty());
        }

        if (content.Length > limits.MaxFileBytes)
        {
            throw new UnreadableFileException(FileProblems.TooLarge(content.Length, limits.MaxFileBytes));
        }

        using var original = new MemoryStream(content.ToArray(), writable: false);
        var kind = Sniff(content.Span);
        var errorCells = new Dictionary<string, Dictionary<(int Row, int Column), string>>();
        IReadOnlyList<Finding> packageFindings = [];
        IReadOnlySet<string> truncatedSheets = new HashSet<string>();
        Stream stream = original;
        if (kind == FileKind.Zip)
        {
            packageFindings = ZipPreflight.Check(original, limits);
            (stream, errorCells, truncatedSheets) = ScanSheets(original, limits);
        }
        else if (kind == FileKind.Other)
        {
            throw new UnreadableFileException(FileProblems.NotExcel(Describe(content.Span)));
        }

        try
        {
            using var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration
            {
                FallbackEncoding = Encoding.GetEncoding(932),
                LeaveOpen = true,
            });
            var sheets = new List<RawSheet>();
            do
            {
                var name = reader.Name ?? string.Empty;
                sheets.Add(ReadSheet(reader, limits, errorCells.GetValueOrDefault(name), truncatedSheets.Contains(name)));
            }
            while (reader.NextResult());

            return new RawWorkbook(sheets) { FileFindings = packageFindings };
        }
        catch (UnreadableFileException)
        {
            throw;
        }
        catch (InvalidPasswordException ex)
        {
            throw new UnreadableFileException(FileProblems.Encrypted(), ex);
        }
        catch (HeaderException ex)
        {
            throw new UnreadableFileException(kind == FileKind.Ole ? FileProblems.Encrypted() : FileProblems.NotExcel("形式を判別できません"), ex);
        }
        catch (CompoundDocumentException ex)
        {
            throw new UnreadableFileException(FileProblems.Corrupt("旧形式 .xls の構造が壊れています"), ex);
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableFileException(FileProblems.Corrupt("内部データが途中で切れています"), ex);
        }
        catch (XmlException ex)
        {
            throw new UnreadableFileException(FileProblems.Corrupt("シートのXMLが不正です"), ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new UnreadableFileException(FileProblems.Corrupt(ex.GetType().Name), ex);
        }
    }

    /// <summary>
    /// One look at each sheet's XML before ExcelDataReader: the error cells and uncalculated formulas of
    /// the template's sheets, and every sheet cut at the row cap (see <see cref="RowCap"/>).
    /// </summary>
    private static (Stream Package, Dictionary<string, Dictionary<(int Row, int Column), string>> Errors, IReadOnlySet<string> Truncated) ScanSheets(MemoryStream original, ReadLimits limits)
    {
        try
        {
            var sheets = SheetXml.Read(original, limits.MaxUncompressedBytes);
            var errors = ErrorCellScanner.Scan(sheets.Where(s => ScannedSheets.Contains(s.Name)), limits.MaxRowsPerSheet);
            var (package, truncated) = RowCap.Apply(original, sheets, limits.MaxRowsPerSheet);
            return (package, errors, truncated);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException)
        {
            throw new UnreadableFileException(FileProblems.Corrupt("シートのXMLが不正です"), ex);
        }
    }

    /// <summary>ExcelDataReader's ranges are 0-based; the core speaks Excel's 1-based rows and columns.</summary>
    private static MergedRange[] MergesOf(IExcelDataReader reader)
        => reader.MergeCells is { } merges
            ? [.. merges.Select(m => new MergedRange(m.FromRow + 1, m.FromColumn + 1, m.ToRow + 1, m.ToColumn + 1))]
            : [];

    /// <param name="cutAtTheCap">The sheet had data beyond the row cap, cut before the reader saw it.</param>
    private static RawSheet ReadSheet(IExcelDataReader reader, ReadLimits limits, Dictionary<(int Row, int Column), string>? errors, bool cutAtTheCap)
    {
        var name = reader.Name ?? string.Empty;
        var visibility = reader.VisibleState switch
        {
            "hidden" => SheetVisibility.Hidden,
            "veryhidden" => SheetVisibility.VeryHidden,
            _ => SheetVisibility.Visible,
        };
        var rows = new List<RawRow>();
        var truncated = cutAtTheCap;
        var tooWide = false;
        var rowNumber = 0;
        while (reader.Read())
        {
            rowNumber++;
            if (rowNumber > limits.MaxRowsPerSheet)
            {
                // Trailing formatted rows can run to the end of the sheet; only rows with data count as truncation.
                truncated |= HasAnyValue(reader, 0, limits.MaxColumns);
                if (truncated)
                {
                    break;
                }

                continue;
            }

            tooWide = tooWide || (reader.FieldCount > limits.MaxColumns && HasAnyValue(reader, limits.MaxColumns, reader.FieldCount));
            var cells = new List<RawCell>();
            var columns = Math.Min(reader.FieldCount, limits.MaxColumns);
            for (var i = 0; i < columns; i++)
            {
                var value = reader.GetValue(i);
                if (errors is not null && errors.TryGetValue((rowNumber, i + 1), out var errorText))
                {
                    cells.Add(errorText == ErrorCellScanner.Uncalculated
                        ? new RawCell(i + 1, null, null, IsUncalculated: true)
                        : new RawCell(i + 1, errorText, null, IsError: true));
                    continue;
                }

                if (value is null || (value is string s && s.Length == 0))
                {
                    continue;
                }

                if (value is string text && text.Length > limits.MaxCellChars)
                {
                    var keep = char.IsHighSurrogate(text[limits.MaxCellChars - 1]) ? limits.MaxCellChars - 1 : limits.MaxCellChars;
                    cells.Add(new RawCell(i + 1, text[..keep], null, IsTruncated: true));
                    continue;
                }

                cells.Add(new RawCell(i + 1, value, value is double ? reader.GetNumberFormatString(i) : null));
            }

            if (cells.Count > 0)
            {
                rows.Add(new RawRow(rowNumber, cells) { Hidden = reader.RowHeight == 0 });
            }
        }

        return new RawSheet(name, visibility, rows, truncated, tooWide) { Merges = MergesOf(reader) };
    }

    private static bool HasAnyValue(IExcelDataReader reader, int from, int to)
    {
        var end = Math.Min(reader.FieldCount, to);
        for (var i = from; i < end; i++)
        {
            if (reader.GetValue(i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private enum FileKind
    {
        Zip,
        Ole,
        Other,
    }

    private static FileKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return FileKind.Zip;
        }

        ReadOnlySpan<byte> ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        if (head.StartsWith(ole))
        {
            return FileKind.Ole;
        }

        // Excel 2.x–4.x BIFF without the OLE container is also readable by ExcelDataReader.
        return head.Length >= 2 && head[0] == 0x09 && head[1] is 0x00 or 0x02 or 0x04 ? FileKind.Ole : FileKind.Other;
    }

    private static string Describe(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 512)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (text.StartsWith('<'))
        {
            return text.Contains("html", StringComparison.OrdinalIgnoreCase) ? "Webページ（HTML）を保存したファイルです" : "XML/HTML 形式のファイルです";
        }

        if (head.StartsWith("%PDF"u8))
        {
            return "PDF ファイルです";
        }

        return text.Contains(',', StringComparison.Ordinal) || text.Contains('\t', StringComparison.Ordinal)
            ? "CSV/テキスト形式のファイルです"
            : "中身が Excel 形式ではありません";
    }

    internal static string? ExtensionOf(string fileName)
        => Path.GetExtension(fileName) is { Length: > 0 } ext ? TextNormaliser.Clean(ext).ToLowerInvariant() : null;
}
