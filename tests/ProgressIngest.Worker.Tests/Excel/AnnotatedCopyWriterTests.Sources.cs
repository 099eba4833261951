using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using ProgressIngest.Core.Findings;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Tests.Hostile;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>Annotated copies of workbooks as different programs save them: valid, every untouched part kept byte for byte, values unchanged.</summary>
public partial class AnnotatedCopyWriterTests
{
    private static readonly Finding MergedCellError = Finding.At(
        new CellRef("取り組み進捗", 4, 5), RuleIds.StatusInvalid, "進捗区分", "実施中？", "進捗区分「実施中？」は選択肢にありません。", "一覧から選んでください。");

    private static readonly Finding AbsentCellWarning = Finding.At(
        new CellRef("指標", 5, 3), RuleIds.PlanMissing, "区分", null, "区分が空欄です。", "区分を入力してください。");

    private static readonly Finding AbsentRowError = Finding.At(
        new CellRef("指標", 40, 2), RuleIds.ValueNotNumber, "値", null, "値が空欄です。", "値を入力してください。");

    private static readonly Finding CommentedCellWarning = Finding.At(
        new CellRef("指標", 2, 2), RuleIds.YearOverYear, "値", "メモ付き", "メモ付きのセルへの指摘です。", "確認してください。");

    private static readonly Finding[] EveryKind = [ValueError, ValueWarning, StatusWarning, MergedCellError, AbsentCellWarning, AbsentRowError, CommentedCellWarning, FileLevel];

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    public static TheoryData<string> SavedBy => new() { "closedxml", "openpyxl-saved.xlsx", "libreoffice-saved.xlsx", "xlsm" };

    private static byte[] Original(string source) => source switch
    {
        "closedxml" => SubmissionWithMergedCells(),
        "xlsm" => WithVbaProject(SubmissionWithMergedCells()),
        _ => Sample(source),
    };

    [Theory]
    [MemberData(nameof(SavedBy))]
    public void TryWrite_EveryKindOfFinding_PassesTheOpenXmlValidator(string source)
    {
        var (reason, output) = Annotate(Original(source), EveryKind);

        Assert.Null(reason);
        Assert.Empty(AnnotatedCopyCheck.ValidationErrors(output));
    }

    [Theory]
    [MemberData(nameof(SavedBy))]
    public void TryWrite_EveryKindOfFinding_KeepsEveryPartAndTheBytesOfUntouchedOnes(string source)
    {
        var original = Original(source);
        var (_, output) = Annotate(original, EveryKind);

        var cover = HostileFiles.SheetPart(original, "表紙");
        var (missing, changed) = AnnotatedCopyCheck.Compare(original, output);

        Assert.Empty(missing);
        // A sheet without findings changes only to give up the selected tab to the list.
        Assert.True(!changed.Contains(cover) || HasSelectedTab(original, cover), cover);
        Assert.All(changed, part => Assert.Matches(@"^(\[Content_Types\]\.xml|xl/workbook\.xml|xl/_rels/workbook\.xml\.rels|xl/styles\.xml|xl/worksheets/(_rels/)?sheet\d+\.xml(\.rels)?|xl/comments.*\.xml|xl/drawings/.*\.vml)$", part));
        Assert.DoesNotContain(changed, p => p.StartsWith("docProps/", StringComparison.Ordinal) || p.Contains("sharedStrings", StringComparison.Ordinal) || p.Contains("theme", StringComparison.Ordinal) || p.EndsWith(".bin", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SavedBy))]
    public void TryWrite_EveryKindOfFinding_ExcelDataReaderReadsTheOriginalValues(string source)
    {
        var original = Original(source);
        var (_, output) = Annotate(original, EveryKind);

        AnnotatedCopyCheck.SameValuesForExcelDataReader(original, output);
        Assert.Equal("指摘一覧", AnnotatedCopyCheck.ReadValues(output).Keys.First());
    }

    /// <remarks>ClosedXML 0.95.4 cannot open the openpyxl and LibreOffice samples at all (not even the originals).</remarks>
    [Theory]
    [InlineData("closedxml")]
    [InlineData("xlsm")]
    public void TryWrite_EveryKindOfFinding_ClosedXmlReadsTheOriginalValues(string source)
    {
        var original = Original(source);
        var (_, output) = Annotate(original, EveryKind);

        AnnotatedCopyCheck.SameValuesForClosedXml(original, output);
    }

    [Fact]
    public void TryWrite_OpenpyxlStylesThatClosedXmlCannotLoad_AnnotatedAnyway()
    {
        var original = Sample("openpyxl-saved.xlsx");
        Assert.Contains("<patternFill/>", Encoding.UTF8.GetString(AnnotatedCopyCheck.Part(original, "xl/styles.xml")), StringComparison.Ordinal);

        var (reason, output) = Annotate(original, ValueError);

        Assert.Null(reason);
        var styles = Encoding.UTF8.GetString(AnnotatedCopyCheck.Part(output, "xl/styles.xml"));
        Assert.Matches("<fill><patternFill ?/></fill>", styles);
        Assert.Contains("FFFFC7CE", styles, StringComparison.Ordinal);
    }

    [Fact]
    public void TryWrite_Xlsm_KeepsTheVbaProjectAndTheMacroContentType()
    {
        var original = WithVbaProject(Submission());

        var (reason, output) = Annotate(original, ValueError);

        Assert.Null(reason);
        Assert.Equal(AnnotatedCopyCheck.Part(original, "xl/vbaProject.bin"), AnnotatedCopyCheck.Part(output, "xl/vbaProject.bin"));
        Assert.Contains("application/vnd.ms-excel.sheet.macroEnabled.main+xml", Encoding.UTF8.GetString(AnnotatedCopyCheck.Part(output, "[Content_Types].xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void TryWrite_FindingInsideMergedCells_CommentAndColourOnTheVisibleTopLeftCell()
    {
        var (_, output) = Annotate(SubmissionWithMergedCells(), MergedCellError);
        using var wb = Xlsx.Open(output);

        var sheet = wb.Worksheet("取り組み進捗");
        Assert.True(sheet.Cell("D4").HasComment);
        Assert.False(sheet.Cell("E4").HasComment);
        Assert.Equal(XLColor.FromHtml("#FFC7CE"), sheet.Cell("D4").Style.Fill.BackgroundColor);
        Assert.Equal("'取り組み進捗'!D4", wb.Worksheet(AnnotatedCopyWriter.ListSheet).Cell(4, 3).Hyperlink.InternalAddress);
    }

    [Fact]
    public void TryWrite_FindingsOnCellsAndRowsNotInTheXml_CellsCreatedInOrder()
    {
        var (_, output) = Annotate(Submission(), AbsentRowError, AbsentCellWarning, ValueError);
        using var wb = Xlsx.Open(output);

        var sheet = wb.Worksheet("指標");
        Assert.Equal(XLColor.FromHtml("#FFEB9C"), sheet.Cell("C5").Style.Fill.BackgroundColor);
        Assert.Equal(XLColor.FromHtml("#FFC7CE"), sheet.Cell("B40").Style.Fill.BackgroundColor);
        Assert.True(sheet.Cell("B40").HasComment);
        Assert.Equal("OT-HOURS", sheet.Cell("A5").GetString());
        Assert.Equal("たくさん", sheet.Cell("E5").GetString());
    }

    [Fact]
    public void TryWrite_CellWithTheSubmittersComment_KeepsItAndAppendsTheFindings()
    {
        var (_, output) = Annotate(Submission(), CommentedCellWarning, ValueError);
        using var wb = Xlsx.Open(output);

        var text = wb.Worksheet("指標").Cell("B2").Comment.Text;
        Assert.StartsWith("提出者のメモ", text, StringComparison.Ordinal);
        Assert.Contains("メモ付きのセルへの指摘です。", text, StringComparison.Ordinal);
        Assert.True(wb.Worksheet("指標").Cell("E5").HasComment);
    }

    [Fact]
    public void TryWrite_CommentedCopyResubmitted_SubmittersCommentBackAsItWas()
    {
        var (_, first) = Annotate(Submission(), CommentedCellWarning);
        var (reason, second) = Annotate(first, ValueError);
        using var wb = Xlsx.Open(second);

        Assert.Null(reason);
        Assert.Equal("提出者のメモ", wb.Worksheet("指標").Cell("B2").Comment.Text.TrimEnd());
        Assert.Empty(AnnotatedCopyCheck.ValidationErrors(second));
    }

    [Fact]
    public void TryWrite_LibreOfficeFileWithComments_KeepsTheSubmittersComment()
    {
        var original = Sample("libreoffice-saved.xlsx");
        var (_, output) = Annotate(original, ValueError);

        var comments = Encoding.UTF8.GetString(AnnotatedCopyCheck.Part(output, "xl/comments3.xml"));
        Assert.Matches("<comment ref=\"B2\"[^>]*>.*提出者のメモ", comments);
        Assert.Matches("<comment ref=\"E5\"[^>]*>.*たくさん", comments);
    }

    private static bool HasSelectedTab(byte[] xlsx, string part) => Encoding.UTF8.GetString(AnnotatedCopyCheck.Part(xlsx, part)).Contains("tabSelected=", StringComparison.Ordinal);

    private static byte[] SubmissionWithMergedCells()
    {
        using var wb = new XLWorkbook(new MemoryStream(Submission()));
        var measures = wb.Worksheet("取り組み進捗");
        measures.Cell("D4").SetValue("実施中？");
        measures.Range("D4:F4").Merge();
        return Xlsx.Write(s => wb.SaveAs(s));
    }

    /// <summary>The workbook as an .xlsm: a VBA project part, its relationship and the macro-enabled content type.</summary>
    private static byte[] WithVbaProject(byte[] xlsx)
    {
        var vba = new byte[4096];
        new Random(15).NextBytes(vba);
        var types = HostileFiles.PartText(xlsx, "[Content_Types].xml")
            .Replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)
            .Replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>", StringComparison.Ordinal);
        var rels = HostileFiles.PartText(xlsx, "xl/_rels/workbook.xml.rels")
            .Replace("</Relationships>", "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>", StringComparison.Ordinal);
        return HostileFiles.Rebuild(xlsx, new Dictionary<string, Action<Stream>>
        {
            ["[Content_Types].xml"] = s => s.Write(Encoding.UTF8.GetBytes(types)),
            ["xl/_rels/workbook.xml.rels"] = s => s.Write(Encoding.UTF8.GetBytes(rels)),
            ["xl/vbaProject.bin"] = s => s.Write(vba),
        });
    }
}
