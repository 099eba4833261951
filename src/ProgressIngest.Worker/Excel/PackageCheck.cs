using System.IO.Compression;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Decides whether ClosedXML can re-save a submitted workbook faithfully. It silently drops charts,
/// pivot tables, shapes, macros and other parts it does not model, and opening a picture needs
/// System.Drawing; a copy missing the submitter's content would be worse than no copy.
/// </summary>
internal static class PackageCheck
{
    private static readonly (string Prefix, string What)[] UnsupportedParts =
    [
        ("xl/charts/", "グラフ"),
        ("xl/chartsheets/", "グラフ"),
        ("xl/pivotTables/", "ピボットテーブル"),
        ("xl/pivotCache/", "ピボットテーブル"),
        ("xl/vbaProject.bin", "マクロ"),
        ("xl/media/", "画像・図形"),
        ("xl/drawings/drawing", "画像・図形"),
        ("xl/embeddings/", "埋め込みオブジェクト"),
        ("xl/activeX/", "コントロール"),
        ("xl/ctrlProps/", "コントロール"),
        ("xl/slicers/", "スライサー"),
        ("xl/slicerCaches/", "スライサー"),
        ("xl/timelines/", "タイムライン"),
        ("xl/timelineCaches/", "タイムライン"),
        ("xl/externalLinks/", "他のブックへのリンク"),
        ("xl/threadedComments/", "スレッド形式のコメント"),
        ("xl/connections.xml", "外部データ接続"),
        ("xl/queryTables/", "外部データ接続"),
    ];

    /// <returns>What the package holds that would be lost, in Japanese, or null when it can be re-saved.</returns>
    public static string? Unsupported(Stream package)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var found = UnsupportedParts
            .Where(p => zip.Entries.Any(e => e.FullName.TrimStart('/').StartsWith(p.Prefix, StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.What)
            .Distinct()
            .ToList();
        return found.Count == 0 ? null : $"ブックに{string.Join("・", found)}が含まれていて、保存し直すと失われるおそれがあります";
    }

    /// <summary>Why opening or saving failed, for a submitter (with the technical detail for whoever helps them).</summary>
    public static string Describe(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is DllNotFoundException || e.Message.Contains("gdiplus", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("System.Drawing", StringComparison.Ordinal))
            {
                return "画像などを扱う部品がこの環境で使えません";
            }

            if (e is InvalidDataException or System.IO.FileFormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
            {
                return "Excel ブック（.xlsx / .xlsm）として開けません";
            }
        }

        // The exception text is English and means nothing to a submitter; the service log keeps it.
        return "ファイルの内容（特殊な文字や書式など）を保存し直す処理に失敗しました";
    }
}
