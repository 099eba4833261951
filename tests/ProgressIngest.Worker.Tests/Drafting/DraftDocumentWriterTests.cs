using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProgressIngest.Core.Drafting;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Drafting;
using ProgressIngest.Worker.Tests.Excel;

namespace ProgressIngest.Worker.Tests.Drafting;

public class DraftDocumentWriterTests
{
    private static readonly DateTimeOffset Received = new(2026, 2, 2, 0, 30, 0, TimeSpan.Zero);

    private static byte[] Draft(string text)
    {
        var record = new SubmissionRecord(1, "jinji", "人事課.xlsx", "h1", Received, Outcome.Accepted, [], new AcceptedData(
            [new MeasureProgress("1-1-01", "実施中", text, "", "来年度も継続", "", "取り組み進捗!H5")], []));
        var draft = DraftBuilder.Build(RepoPaths.Catalogue, MasterBuilder.Build(RepoPaths.Catalogue, new FiscalYear(2025), [record]));
        return Xlsx.Write(s => DraftDocumentWriter.Write(draft, s));
    }

    /// <summary>The paragraph's text as Word shows it: breaks as \n, tabs as \t.</summary>
    private static string Shown(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            text.Append(element switch { Text t => t.Text, Break => "\n", TabChar => "\t", _ => string.Empty });
        }

        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(TrickyText.Cases), MemberType = typeof(TrickyText))]
    public void Write_DivisionText_ExactlyAsTypedWithItsSourceInAComment(string typed)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Draft(typed)), false);
        var comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<Comment>().ToList();
        var source = comments.First(c => c.InnerText.Contains("取り組み進捗!H5", StringComparison.Ordinal) && c.InnerText.Contains("実施中", StringComparison.Ordinal));
        var paragraph = document.MainDocumentPart.Document.Body!.Elements<Paragraph>()
            .First(p => p.Descendants<CommentReference>().Any(r => r.Id == source.Id));

        Assert.Equal(typed.Replace('\u0001', '\uFFFD'), Shown(paragraph));
        Assert.Contains("人事課（jinji）", source.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MeasureWithoutReport_SaysNeedsCheckAndWhy()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Draft("実施した")), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Contains("【要確認】（BPR推進課（bpr）: 未提出）", paragraphs);
        Assert.Contains("【短期】各課業務改革の伴走支援の拡充", paragraphs);
        Assert.Contains("「住居表示事務のDX導入及び本庁集約化等の検討」", paragraphs);
    }

    [Fact]
    public void Write_SameDraftTwice_SameParts()
    {
        static Dictionary<string, string> Parts(byte[] bytes)
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            // The document's parts and their relationships; not the package's own (the SDK names those at random),
            // nor the embedded chart workbooks (zips with their own timestamps).
            return zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && !e.FullName.Contains("/embeddings/", StringComparison.Ordinal))
                .ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
        }

        Assert.Equal(Parts(Draft("同じ")), Parts(Draft("同じ")));
    }
}
