using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

public class FeedbackWriterTests
{
    private static readonly DateTimeOffset Received = new(2026, 1, 30, 1, 5, 0, TimeSpan.Zero);

    private static readonly Finding StatusInvalid = Finding.At(
        new CellRef("取り組み進捗", 5, 4), RuleIds.StatusInvalid, "進捗区分", "やってます", "進捗区分「やってます」は選べる値ではありません。", "一覧から選んでください。");

    private static readonly Finding SoftHigh = Finding.At(
        new CellRef("指標", 4, 5), RuleIds.ValueSoftHigh, "値", "400", "値が大きすぎる可能性があります。", "確認してください。");

    private static FeedbackInput Input(Outcome outcome, IReadOnlyList<Finding> findings, IReadOnlyList<ChangeRow>? changes = null, string? note = null)
        => new("jinji", "人事課", "人事課_報告.xlsx", Received, outcome, findings, changes ?? [], note);

    [Fact]
    public void Write_Returned_ShowsResultCountsAndExplanation()
    {
        using var wb = Xlsx.Open(Xlsx.Write(s => FeedbackWriter.Write(Input(Outcome.Returned, [StatusInvalid, SoftHigh]), s)));
        var ws = wb.Worksheet(FeedbackWriter.ResultSheet);

        string ValueOf(string label) => ws.Cell(Xlsx.Find(ws, label).Row, 2).GetString();

        Assert.Equal("結果: 差戻し", ws.Cell("A1").GetString());
        Assert.Contains(ws.CellsUsed(), c => c.GetString().Contains("修正して同じフォルダに再提出してください。この提出は取り込まれていません", StringComparison.Ordinal));
        Assert.Equal("人事課（jinji）", ValueOf("所属"));
        Assert.Equal("人事課_報告.xlsx", ValueOf("ファイル名"));
        Assert.Equal("2026/01/30 10:05", ValueOf("受付日時"));
        Assert.Equal(1, ws.Cell(Xlsx.Find(ws, "エラー件数").Row, 2).GetValue<int>());
        Assert.Equal(1, ws.Cell(Xlsx.Find(ws, "警告件数（要対応）").Row, 2).GetValue<int>());
        Assert.False(wb.Worksheets.Contains(FeedbackWriter.ChangesSheet));
    }

    [Theory]
    [InlineData(Outcome.Accepted, "結果: 受理")]
    [InlineData(Outcome.AcceptedWithWarnings, "結果: 受理（警告あり）")]
    [InlineData(Outcome.Unreadable, "結果: 読めない")]
    public void Write_EachOutcome_ShowsItsJapaneseName(Outcome outcome, string expected)
    {
        using var wb = Xlsx.Open(Xlsx.Write(s => FeedbackWriter.Write(Input(outcome, []), s)));

        Assert.Equal(expected, wb.Worksheet(FeedbackWriter.ResultSheet).Cell("A1").GetString());
    }

    [Fact]
    public void Write_Findings_OneRowEachInTheGivenOrderWithAllColumns()
    {
        using var wb = Xlsx.Open(Xlsx.Write(s => FeedbackWriter.Write(Input(Outcome.Returned, [StatusInvalid, SoftHigh]), s)));
        var ws = wb.Worksheet(FeedbackWriter.ResultSheet);
        var (header, first) = Xlsx.Find(ws, "No");

        string[] Row(int r) => [.. Enumerable.Range(first, 11).Select(c => ws.Cell(r, c).GetString())];

        Assert.Equal(["No", "重要度", "状態", "シート", "セル", "項目", "入力値", "内容", "修正方法", "説明（備考）", "ルールID"], Row(header));
        Assert.Equal(["1", "エラー", "要対応", "取り組み進捗", "D5", "進捗区分", "やってます", StatusInvalid.Message, StatusInvalid.Fix, "", "status-invalid"], Row(header + 1));
        Assert.Equal(["2", "警告", "要対応", "指標", "E4", "値", "400", SoftHigh.Message, SoftHigh.Fix, "", "value-soft-high"], Row(header + 2));
        Assert.Equal(XLColor.FromHtml("#FFC7CE"), ws.Cell(header + 1, first + 1).Style.Fill.BackgroundColor);
        Assert.Equal(XLColor.FromHtml("#FFEB9C"), ws.Cell(header + 2, first + 1).Style.Fill.BackgroundColor);
        Assert.Equal(header, ws.SheetView.SplitRow);
        Assert.Single(ws.Tables);
        Assert.True(ws.Tables.First().ShowAutoFilter);
    }

    [Fact]
    public void Write_ExplainedWarningAndInfo_CountedApartAndShownWithTheExplanation()
    {
        var explained = SoftHigh.ExplainedBy("大雨災害対応のため");
        var info = Finding.At(new Core.Findings.CellRef("取り組み進捗", 3, 9), RuleIds.ColumnExtra, "担当係", "担当係", "列「担当係」はテンプレートにない列です。", "対応は不要です。");
        using var wb = Xlsx.Open(Xlsx.Write(s => FeedbackWriter.Write(Input(Outcome.Accepted, [info, explained]), s)));
        var ws = wb.Worksheet(FeedbackWriter.ResultSheet);
        var (header, first) = Xlsx.Find(ws, "No");
        int Count(string label) => ws.Cell(Xlsx.Find(ws, label).Row, 2).GetValue<int>();

        Assert.Equal((0, 1, 1), (Count("警告件数（要対応）"), Count("警告件数（説明済み）"), Count("参考")));
        Assert.Equal(("参考", "対応不要"), (ws.Cell(header + 1, first + 1).GetString(), ws.Cell(header + 1, first + 2).GetString()));
        Assert.Equal(("警告", "説明済み", "大雨災害対応のため"), (ws.Cell(header + 2, first + 1).GetString(), ws.Cell(header + 2, first + 2).GetString(), ws.Cell(header + 2, first + 9).GetString()));
    }

    [Fact]
    public void Write_NoFindings_SaysSo()
    {
        using var wb = Xlsx.Open(Xlsx.Write(s => FeedbackWriter.Write(Input(Outcome.Accepted, []), s)));
        var ws = wb.Worksheet(FeedbackWriter.ResultSheet);
        var (header, _) = Xlsx.Find(ws, "No");

        Assert.Equal(FeedbackWriter.NoFindings, ws.Cell(header + 1, 1).GetString());
    }

    [Fact]
    public void Write_AnnotatedCopyNote_IsShown()
    {
        const string note = "元のファイルを安全に保存し直せないため、指摘箇所付きのコピーは作成していません（理由: グラフ）。";
        using var wb = Xlsx.Open(Xlsx.Write(s => FeedbackWriter.Write(Input(Outcome.Returned, [StatusInvalid], note: note), s)));

        Assert.Contains(wb.Worksheet(FeedbackWriter.ResultSheet).CellsUsed(), c => c.GetString() == note);
    }

    [Fact]
    public void Write_Changes_GetTheirOwnSheet()
    {
        ChangeRow[] changes =
        [
            new("取り組み進捗", "1-1-01 業務の整理", "進捗区分", "検討中", "実施中"),
            new("指標", "OT-HOURS 超過勤務", "令和7年度 全体", "（なし）", "190.0時間"),
        ];
        using var wb = Xlsx.Open(Xlsx.Write(s => FeedbackWriter.Write(Input(Outcome.Accepted, [], changes), s)));
        var ws = wb.Worksheet(FeedbackWriter.ChangesSheet);

        Assert.Equal(["シート", "項目", "区分/年度", "前回", "今回"], Enumerable.Range(1, 5).Select(c => ws.Cell(1, c).GetString()));
        Assert.Equal(["取り組み進捗", "1-1-01 業務の整理", "進捗区分", "検討中", "実施中"], Enumerable.Range(1, 5).Select(c => ws.Cell(2, c).GetString()));
        Assert.Equal("（なし）", ws.Cell(3, 4).GetString());
    }

    private static readonly ReadBackRow[] ReadBackRows =
    [
        new("表紙", "B5", "報告年度", "Ｒ７", "令和7年度"),
        new("指標", "E4", "値（OT-HOURS 全体）", "１９９．１", "199.1"),
        new("指標", "E7", "値（SURVEY-Q28 全体）", "0.512（51.2%表示）", "51.2"),
        new("指標", "H4", "基準日（OT-HOURS 全体）", "R7.1.31", "2025/1/31"),
    ];

    [Fact]
    public void Write_ReadBack_OneRowPerReadCellOnItsOwnSheet()
    {
        var input = Input(Outcome.Accepted, []) with { ReadBack = ReadBackRows };
        using var wb = Xlsx.Open(Xlsx.Write(s => FeedbackWriter.Write(input, s)));
        var ws = wb.Worksheet(FeedbackWriter.ReadBackSheet);

        string[] Row(int r) => [.. Enumerable.Range(1, 5).Select(c => ws.Cell(r, c).GetString())];

        Assert.Equal(["シート", "セル", "項目", "入力値", "読み取った値"], Row(1));
        Assert.Equal(["指標", "E4", "値（OT-HOURS 全体）", "１９９．１", "199.1"], Row(3));
        Assert.Equal(["指標", "E7", "値（SURVEY-Q28 全体）", "0.512（51.2%表示）", "51.2"], Row(4));
        Assert.Equal(XLDataType.Text, ws.Cell(3, 5).DataType);
        Assert.Equal(1, ws.SheetView.SplitRow);
    }

    [Fact]
    public void Write_NothingRead_NoReadBackSheet()
    {
        using var wb = Xlsx.Open(Xlsx.Write(s => FeedbackWriter.Write(Input(Outcome.Unreadable, [StatusInvalid]), s)));

        Assert.False(wb.Worksheets.Contains(FeedbackWriter.ReadBackSheet));
    }

    [Fact]
    public void Write_EverySheet_PassesTheOpenXmlSchemaValidator()
    {
        ChangeRow[] changes = [new("指標", "OT-HOURS 超過勤務", "令和7年度 全体", "（なし）", "190.0時間")];
        var input = Input(Outcome.Returned, [StatusInvalid, SoftHigh], changes, "指摘箇所付きのコピーはありません。") with { ReadBack = ReadBackRows };
        var bytes = Xlsx.Write(s => FeedbackWriter.Write(input, s));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document);

        Assert.Empty(errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.Equal(3, document.WorkbookPart!.WorksheetParts.Count());
    }

    [Theory]
    [MemberData(nameof(TrickyText.Cases), MemberType = typeof(TrickyText))]
    public void Write_TextThatLooksLikeAFormulaNumberOrDate_StaysTheSameText(string text)
    {
        var finding = Finding.At(new CellRef("指標", 4, 5), RuleIds.ValueNotNumber, text, text, text, text);
        var input = new FeedbackInput("jinji", text, text, Received, Outcome.Returned, [finding], [new("指標", text, text, text, text)], text);
        var bytes = Xlsx.Write(s => FeedbackWriter.Write(input, s));
        using var wb = Xlsx.Open(bytes);
        var ws = wb.Worksheet(FeedbackWriter.ResultSheet);
        var (header, first) = Xlsx.Find(ws, "入力値");

        TrickyText.AssertText(ws.Cell(header + 1, first), text);
        TrickyText.AssertText(ws.Cell(Xlsx.Find(ws, "ファイル名").Row, 2), text);
        TrickyText.AssertText(wb.Worksheet(FeedbackWriter.ChangesSheet).Cell(2, 4), text);
        Assert.Empty(Xlsx.PartsWithFormulas(bytes));
    }
}
