using System.Globalization;
using ClosedXML.Excel;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Writes the feedback workbook a division gets back for one file (DESIGN.md §6): the result, the
/// counts and every finding with its sheet and cell; and, when there is a previously accepted
/// submission, what changed since.
/// </summary>
internal static class FeedbackWriter
{
    public const string ResultSheet = "結果";
    public const string ChangesSheet = "前回からの変更";
    public const string NoFindings = "指摘はありません。";

    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private static readonly TableColumn<(int No, Finding Finding)>[] FindingColumns =
    [
        new("No", x => x.No, 5, 6),
        new("重要度", x => FindingText.Severity(x.Finding.Severity), 8, 8),
        new("シート", x => x.Finding.Sheet, 8, 16),
        new("セル", x => x.Finding.Cell, 6, 8),
        new("項目", x => x.Finding.Field, 8, 16, Wrap: true),
        new("入力値", x => x.Finding.Value, 8, 24, Wrap: true),
        new("内容", x => x.Finding.Message, 30, 60, Wrap: true),
        new("修正方法", x => x.Finding.Fix, 30, 60, Wrap: true),
        new("ルールID", x => x.Finding.RuleId, 10, 24),
    ];

    private static readonly TableColumn<ChangeRow>[] ChangeColumns =
    [
        new("シート", c => c.Sheet, 8, 16),
        new("項目", c => c.Item, 12, 50, Wrap: true),
        new("区分/年度", c => c.Key, 10, 24),
        new("前回", c => c.Before, 12, 60, Wrap: true),
        new("今回", c => c.After, 12, 60, Wrap: true),
    ];

    public static void Write(FeedbackInput input, Stream output)
    {
        using var workbook = new XLWorkbook();
        WriteResult(workbook.AddWorksheet(ResultSheet), input);
        if (input.Changes.Count > 0)
        {
            var changes = workbook.AddWorksheet(ChangesSheet);
            TableSheet.Write(changes, 1, ChangeColumns, input.Changes, "Changes");
        }

        WorkbookStamp.Apply(workbook, $"提出結果: {input.FileName}", input.ReceivedAt);
        workbook.SaveAs(output);
    }

    /// <summary>One line telling the submitter what the result means for them and what to do next.</summary>
    public static string Explanation(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => "受理しました。この提出の内容が集計（マスタ）に取り込まれます。",
        Outcome.AcceptedWithWarnings => "受理しました。内容は集計（マスタ）に取り込まれます。警告の内容を確認し、誤りがあれば修正して同じフォルダに再提出してください。",
        Outcome.Returned => "差戻しです。修正して同じフォルダに再提出してください。この提出は取り込まれていません（前回受理された提出があれば、その内容が引き続き有効です）。",
        _ => "ファイルを読み取れませんでした。この提出は取り込まれていません。下の指摘を確認し、Excel で開いて .xlsx 形式で保存し直すか、テンプレートから作り直して、同じフォルダに再提出してください。",
    };

    private static void WriteResult(IXLWorksheet ws, FeedbackInput input)
    {
        var errors = input.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = input.Findings.Count - errors;

        var result = ws.Cell(1, 1);
        CellText.Set(result, $"結果: {input.Outcome.Japanese()}");
        result.Style.Font.Bold = true;
        result.Style.Font.FontSize = 18;
        ws.Row(1).Height = 30;

        (string Label, object Value)[] info =
        [
            ("所属", $"{input.DivisionName}（{input.DivisionCode}）"),
            ("ファイル名", input.FileName),
            ("受付日時", input.ReceivedAt.ToOffset(Jst).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture)),
            ("エラー件数", errors),
            ("警告件数", warnings),
        ];
        const int firstInfoRow = 4;
        for (var i = 0; i < info.Length; i++)
        {
            CellText.Set(ws.Cell(firstInfoRow + i, 1), info[i].Label);
            TableSheet.SetCell(ws.Cell(firstInfoRow + i, 2), info[i].Value);
        }

        var lastInfoRow = firstInfoRow + info.Length - 1;
        ws.Range(firstInfoRow, 1, lastInfoRow, 1).Style.Font.Bold = true;
        ws.Range(firstInfoRow, 2, lastInfoRow, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        var noteRow = input.AnnotatedCopyNote is null ? lastInfoRow : lastInfoRow + 1;

        var headerRow = noteRow + 2;
        var numbered = input.Findings.Select((f, i) => (No: i + 1, Finding: f)).ToList();
        TableSheet.Write(ws, headerRow, FindingColumns, numbered, numbered.Count == 0 ? null : "Findings");
        if (numbered.Count == 0)
        {
            CellText.Set(ws.Cell(headerRow + 1, 1), NoFindings);
        }

        var severityColumn = Array.FindIndex(FindingColumns, c => c.Header == "重要度") + 1;
        for (var i = 0; i < numbered.Count; i++)
        {
            var cell = ws.Cell(headerRow + 1 + i, severityColumn);
            var error = numbered[i].Finding.Severity == Severity.Error;
            cell.Style.Fill.BackgroundColor = error ? Palette.Bad : Palette.Neutral;
            cell.Style.Font.FontColor = error ? Palette.BadText : Palette.NeutralText;
        }

        // The label column is also the table's narrow No column: size it for the labels too.
        ws.Column(1).Width = Math.Max(ws.Column(1).Width, ColumnWidth.For(info.Select(r => r.Label), 6, 14));

        // Paragraphs span the table's width so they wrap on screen instead of running off to the right.
        var (fill, text) = Colours(input.Outcome);
        var banner = ws.Range(1, 1, 1, FindingColumns.Length);
        banner.Style.Fill.BackgroundColor = fill;
        banner.Style.Font.FontColor = text;
        Paragraph(ws, 2, Explanation(input.Outcome));
        if (input.AnnotatedCopyNote is not null)
        {
            Paragraph(ws, noteRow, input.AnnotatedCopyNote);
        }
    }

    private static void Paragraph(IXLWorksheet ws, int row, string text)
    {
        CellText.Set(ws.Cell(row, 1), text);
        var range = ws.Range(row, 1, row, FindingColumns.Length);
        range.Merge();
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        var width = Enumerable.Range(1, FindingColumns.Length).Sum(c => ws.Column(c).Width);
        var lines = Math.Max(1, (int)Math.Ceiling(ColumnWidth.WidestLine(text) / Math.Max(width, 1)));
        ws.Row(row).Height = 15 * lines + 3;
    }

    private static (XLColor Fill, XLColor Text) Colours(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => (Palette.Good, Palette.GoodText),
        Outcome.AcceptedWithWarnings => (Palette.Neutral, Palette.NeutralText),
        _ => (Palette.Bad, Palette.BadText),
    };
}
