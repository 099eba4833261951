using System.IO.Compression;
using ProgressIngest.Core.Findings;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Checks an .xlsx/.xlsm zip directory before any parser sees it: ExcelDataReader has no
/// decompression limits, and a 300 KB crafted file can expand to gigabytes. Reading the central
/// directory costs well under a millisecond.
/// </summary>
internal static class ZipPreflight
{
    /// <returns>Warnings about the package as a whole; a package that must not be read throws <see cref="UnreadableFileException"/>.</returns>
    public static IReadOnlyList<Finding> Check(Stream stream, ReadLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                throw new UnreadableFileException(FileProblems.ZipBomb($"内部ファイル数 {zip.Entries.Count}"));
            }

            long total = 0;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
            {
                if (!names.Add(entry.FullName))
                {
                    throw new UnreadableFileException(FileProblems.ZipBomb($"同名の内部ファイル {entry.FullName}"));
                }

                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? 0 : (double)entry.Length / entry.CompressedLength;
                if (entry.Length > 1024 * 1024 && ratio > limits.MaxCompressionRatio)
                {
                    throw new UnreadableFileException(FileProblems.ZipBomb($"圧縮率 {ratio:0}倍"));
                }

                if (total > limits.MaxUncompressedBytes)
                {
                    throw new UnreadableFileException(FileProblems.ZipBomb($"展開後 {total / 1024 / 1024}MB 超"));
                }

                // ExcelDataReader holds every shared string in memory at once (about twice the XML's size as UTF-16).
                if (entry.Length > limits.MaxSharedStringsBytes && entry.Name.Contains("sharedStrings", StringComparison.OrdinalIgnoreCase))
                {
                    throw new UnreadableFileException(FileProblems.ZipBomb($"文字列データ {entry.Length / 1024 / 1024}MB"));
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new UnreadableFileException(FileProblems.NotExcel("zip ファイルですが Excel ブックの構成ではありません"));
            }

            // Values of cells that refer to other workbooks are read as last saved; the links are never followed.
            return zip.Entries.Any(e => e.FullName.TrimStart('/').StartsWith("xl/externalLinks/", StringComparison.OrdinalIgnoreCase))
                ? [FileProblems.ExternalLinks()]
                : [];
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableFileException(FileProblems.Corrupt("zip 構造が途中で切れています"), ex);
        }
        finally
        {
            stream.Position = 0;
        }
    }
}
