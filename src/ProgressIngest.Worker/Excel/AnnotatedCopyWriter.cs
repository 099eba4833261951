using System.Xml;
using ProgressIngest.Core.Findings;
using ProgressIngest.Worker.Excel.Annotation;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Returns the submitter's own workbook with every problem cell coloured and commented, and a first
/// sheet 「指摘一覧」 linking to each cell (docs/contract.md §6). The submitted package is patched, not
/// re-saved (<see cref="AnnotatedPackage"/>): nothing the submitter made is lost or re-encoded.
/// </summary>
internal static class AnnotatedCopyWriter
{
    public const string ListSheet = Annotation.ListSheet.Name;

    /// <summary>Author of the comments this writer adds, so they can be replaced when the copy itself is resubmitted.</summary>
    public const string CommentAuthor = CommentsPatch.Author;

    /// <summary>Why a legacy .xls gets no annotated copy, in one sentence.</summary>
    public const string LegacyReason = "旧形式（.xls）のファイルは元の内容を保ったまま色やコメントを書き加えられないため、指摘箇所付きのコピーは作成していません（.xlsx 形式で保存し直して提出すると作成されます）。";

    /// <returns>Null when <paramref name="output"/> holds the annotated copy; otherwise why there is none, in Japanese, and nothing was written.</returns>
    public static string? TryWrite(Stream original, IReadOnlyList<Finding> findings, Stream output)
    {
        using var source = new MemoryStream();
        original.CopyTo(source);
        var head = source.GetBuffer().AsSpan(0, (int)Math.Min(source.Length, 8));
        if (!head.StartsWith("PK\u0003\u0004"u8))
        {
            return head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) ? LegacyReason : Reason("Excel ブック（.xlsx / .xlsm）として開けません");
        }

        using var result = new MemoryStream();
        try
        {
            source.Position = 0;
            var limits = ReadLimits.Default;
            ZipPreflight.Check(source, limits);
            AnnotatedPackage.Write(source, findings, result, limits.MaxUncompressedBytes);
        }
        catch (UnreadableFileException ex)
        {
            return Reason(ex.Finding.Message.TrimEnd('。'));
        }
        catch (AnnotationException ex)
        {
            return Reason(ex.Message);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            // The exception text is English and means nothing to a submitter; the service log keeps the file.
            return Reason("ブックの内部の XML が想定外の形式です");
        }

        result.Position = 0;
        result.CopyTo(output);
        return null;
    }

    public static string Reason(string why)
        => $"元のファイルに指摘箇所を書き加えられないため、指摘箇所付きのコピーは作成していません（理由: {why}）。下の表のシート名・セル番地を参照してください。";
}
