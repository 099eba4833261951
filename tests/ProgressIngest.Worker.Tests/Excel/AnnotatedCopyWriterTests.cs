using System.IO.Compression;
using ClosedXML.Excel;
using ProgressIngest.Core.Findings;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

public partial class AnnotatedCopyWriterTests
{
    private static readonly Finding ValueError = Finding.At(
        new CellRef("指標", 5, 5), RuleIds.ValueNotNumber, "値", "たくさん", "値「たくさん」は数値ではありません。", "数値だけを入力してください。");

    private static readonly Finding ValueWarning = Finding.At(
        new CellRef("指標", 5, 5), RuleIds.YearOverYear, "値", "たくさん", "前年度から大きく変わっています。", "値を確認してください。");

    private static readonly Finding StatusWarning = Finding.At(
        new CellRef("取り組み進捗", 4, 4), RuleIds.PlanMissing, "次年度以降の予定", null, "次年度以降の予定が空欄です。", "予定を書いてください。");

    private static readonly Finding FileLevel = Finding.ForFile(RuleIds.TemplateOutdated, "古いテンプレートです。", "新しいテンプレートを使ってください。");

    private static byte[] Submission()
    {
        using var wb = new XLWorkbook();
        wb.AddWorksheet("表紙").Cell("A3").SetValue("所属コード");
        var measures = wb.AddWorksheet("取り組み進捗");
        measures.Cell("A3").SetValue("取り組みID");
        measures.Cell("A4").SetValue("1-1-01");
        var indicators = wb.AddWorksheet("指標");
        indicators.Cell("A3").SetValue("指標ID");
        indicators.Cell("A5").SetValue("OT-HOURS");
        indicators.Cell("E5").SetValue("たくさん");
        indicators.Cell("B2").Comment.AddText("提出者のメモ");
        return Xlsx.Write(s => wb.SaveAs(s));
    }

    private static (string? Reason, byte[] Output) Annotate(byte[] original, params Finding[] findings)
    {
        using var output = new MemoryStream();
        var reason = AnnotatedCopyWriter.TryWrite(new MemoryStream(original), findings, output);
        return (reason, output.ToArray());
    }

    [Fact]
    public void TryWrite_FindingOnACell_ColoursAndCommentsThatCell()
    {
        var (reason, output) = Annotate(Submission(), ValueError, ValueWarning, StatusWarning);
        using var wb = Xlsx.Open(output);

        Assert.Null(reason);
        var cell = wb.Worksheet("指標").Cell("E5");
        Assert.Equal("たくさん", cell.GetString());
        Assert.True(cell.HasComment);
        Assert.Equal(
            "[エラー] 値「たくさん」は数値ではありません。 / 修正方法: 数値だけを入力してください。\n[警告] 前年度から大きく変わっています。 / 修正方法: 値を確認してください。",
            cell.Comment.Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(XLColor.FromHtml("#FFC7CE"), cell.Style.Fill.BackgroundColor);
        Assert.Equal(XLColor.FromHtml("#FFEB9C"), wb.Worksheet("取り組み進捗").Cell("D4").Style.Fill.BackgroundColor);
        Assert.Equal("提出者のメモ", wb.Worksheet("指標").Cell("B2").Comment.Text);
    }

    [Fact]
    public void TryWrite_AnyFindings_AddsAListAsTheFirstSheetWithLinks()
    {
        var (_, output) = Annotate(Submission(), ValueError, StatusWarning, FileLevel);
        using var wb = Xlsx.Open(output);

        var list = wb.Worksheet(1);
        Assert.Equal(AnnotatedCopyWriter.ListSheet, list.Name);
        Assert.Equal(["指摘一覧", "表紙", "取り組み進捗", "指標"], wb.Worksheets.Select(ws => ws.Name));
        var (header, location) = Xlsx.Find(list, "場所");

        Assert.Equal("指標!E5", list.Cell(header + 1, location).GetString());
        Assert.True(list.Cell(header + 1, location).HasHyperlink);
        Assert.Equal("'指標'!E5", list.Cell(header + 1, location).Hyperlink.InternalAddress);
        Assert.Equal("取り組み進捗!D4", list.Cell(header + 2, location).GetString());
        Assert.Equal("ファイル全体", list.Cell(header + 3, location).GetString());
        Assert.False(list.Cell(header + 3, location).HasHyperlink);
        Assert.True(list.TabActive);
    }

    [Fact]
    public void TryWrite_CopyResubmitted_ReplacesItsOwnListAndComments()
    {
        var (_, first) = Annotate(Submission(), ValueError);
        var (reason, second) = Annotate(first, ValueWarning);
        using var wb = Xlsx.Open(second);

        Assert.Null(reason);
        Assert.Single(wb.Worksheets, ws => ws.Name.StartsWith(AnnotatedCopyWriter.ListSheet, StringComparison.Ordinal));
        Assert.StartsWith("[警告]", wb.Worksheet("指標").Cell("E5").Comment.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryWrite_NotAWorkbook_ReturnsAReasonAndWritesNothing()
    {
        var (reason, output) = Annotate("これはExcelではありません"u8.ToArray(), ValueError);

        Assert.NotNull(reason);
        Assert.StartsWith("元のファイルに指摘箇所を書き加えられないため、指摘箇所付きのコピーは作成していません（理由: ", reason, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public void TryWrite_WorkbookWithAChart_KeepsTheChartPartAsItWas()
    {
        var original = Submission();
        using (var stream = new MemoryStream())
        {
            stream.Write(original);
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            {
                using var writer = new StreamWriter(zip.CreateEntry("xl/charts/chart1.xml").Open());
                writer.Write("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"/>");
            }

            original = stream.ToArray();
        }

        var (reason, output) = Annotate(original, ValueError);

        Assert.Null(reason);
        Assert.Equal(AnnotatedCopyCheck.Part(original, "xl/charts/chart1.xml"), AnnotatedCopyCheck.Part(output, "xl/charts/chart1.xml"));
    }

    [Fact]
    public void TryWrite_LegacyXls_SaysWhyInOneSentence()
    {
        var (reason, output) = Annotate(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "password-protected.xls")), ValueError);

        Assert.Equal(AnnotatedCopyWriter.LegacyReason, reason);
        Assert.Single(reason!.Split('。', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(output);
    }

    [Fact]
    public void TryWrite_FindingOnAMissingSheet_IsListedWithoutALink()
    {
        var missing = ValueError with { Sheet = "削除されたシート" };
        var (reason, output) = Annotate(Submission(), missing);
        using var wb = Xlsx.Open(output);

        Assert.Null(reason);
        var list = wb.Worksheet(AnnotatedCopyWriter.ListSheet);
        var (header, location) = Xlsx.Find(list, "場所");
        Assert.Equal("削除されたシート!E5", list.Cell(header + 1, location).GetString());
        Assert.False(list.Cell(header + 1, location).HasHyperlink);
    }
}
