using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Drafting;

/// <summary><c>report --root DIR --year R6</c> on a root with nothing but the baseline: the draft of the FY2024 report.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    private string Report()
    {
        var (code, output, error) = CliRunner.Run("report", "--root", _root.Path, "--year", "R6");
        Assert.True(code == 0, error);
        Assert.Contains("進捗状況報告_令和6年度_案.docx", output, StringComparison.Ordinal);
        return Path.Combine(_root.MasterDirectory, "進捗状況報告_令和6年度_案.docx");
    }

    [Fact]
    public void Report_BaselineOnlyR6_SectionThreeStatesTheSeedsObservations()
    {
        using var document = WordprocessingDocument.Open(Report(), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Contains("３ 対応方針に関連する指標", paragraphs);
        Assert.Contains("職員一人あたりの年平均超過勤務時間数（４月～１月末） 【量的指標】", paragraphs);
        Assert.Contains("• 令和４年度から令和６年度にかけて、全体・本庁等・区役所ともに超過勤務時間数は減少傾向にある。", paragraphs);
        Assert.Contains("• 令和４年度には区役所の超過勤務時間数が本庁等を上回っていたが、令和５年度以降は本庁等が区役所を上回り、令和６年度には両者の差は8.7時間/年となった。", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("1.6ポイント", StringComparison.Ordinal) && p.Contains("大きな差は見られない", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("• 区役所は本庁等と比べて", StringComparison.Ordinal) && p.Contains("4.1ポイント差", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("34件減となり、前年度より減少幅は広がった", StringComparison.Ordinal));
        Assert.Contains("※【参考（年度計件数）】 令和４年度561件、令和５年度578件", paragraphs);
    }

    [Fact]
    public void Report_BaselineOnlyR6_EveryTableValueAndBulletHasItsSourceInAComment()
    {
        using var document = WordprocessingDocument.Open(Report(), false);
        var comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<Comment>().ToDictionary(c => c.Id!.Value!, c => c.InnerText);
        var cells = document.MainDocumentPart.Document.Body!.Descendants<Table>().SelectMany(t => t.Elements<TableRow>().Skip(1)).SelectMany(r => r.Elements<TableCell>().Skip(1)).ToList();

        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.StartsWith("令和", comments[c.Descendants<CommentReference>().Single().Id!.Value!], StringComparison.Ordinal));
        var ot = cells.First(c => c.InnerText == "194.5");
        Assert.Contains("令和6年度報告（基準値） ３ 対応方針に関連する指標", comments[ot.Descendants<CommentReference>().Single().Id!.Value!], StringComparison.Ordinal);
        var bullets = document.MainDocumentPart.Document.Body.Elements<Paragraph>().Where(p => p.InnerText.StartsWith('•')).ToList();
        Assert.All(bullets, b => Assert.Single(b.Descendants<CommentReference>()));
    }

    [Fact]
    public void Report_BaselineOnlyR6_JapaneseFontsAndValidPackage()
    {
        var path = Report();
        using (var document = WordprocessingDocument.Open(path, false))
        {
            var fonts = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
            Assert.Equal(("Century", "ＭＳ 明朝"), (fonts.Ascii!.Value, fonts.EastAsia!.Value));
        }

        Assert.Empty(OfficeFiles.ValidationErrors(path));
    }
}
