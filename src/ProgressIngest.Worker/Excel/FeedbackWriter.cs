using ClosedXML.Excel;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Worker.Excel.Streaming;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Writes the feedback workbook a division gets back for one file (docs/contract.md §6): the result, the
/// counts and every finding with its sheet and cell; and, when there is a previously accepted
/// submission, what changed since. Streamed like the master (<see cref="XlsxPackage"/>): ClosedXML's fixed
/// cost per saved workbook was most of the time of a report this small, and there is one per file.
/// </summary>
internal static class FeedbackWriter
{
    public const string ResultSheet = "結果";
    public const string ChangesSheet = "前回からの変更";
    public const string ReadBackSheet = "読み取り結果";
    public const string NoFindings = "指摘はありません。";


    private static readonly TableColumn<(int No, Finding Finding)>[] FindingColumns =
    [
        new("No", x => x.No, 5, 6),
        new("重要度", x => FindingText.Severity(x.Finding.Severity), 8, 8),
        new("状態", x => FindingText.Status(x.Finding), 8, 10),
        new("シート", x => x.Finding.Sheet, 8, 16),
        new("セル", x => x.Finding.Cell, 6, 8),
        new("項目", x => x.Finding.Field, 8, 16, Wrap: true),
        new("入力値", x => x.Finding.Value, 8, 24, Wrap: true),
        new("内容", x => x.Finding.Message, 30, 60, Wrap: true),
        new("修正方法", x => x.Finding.Fix, 30, 60, Wrap: true),
        new("説明（備考）", x => x.Finding.Explanation, 12, 40, Wrap: true),
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

    private static readonly TableColumn<ReadBackRow>[] ReadBackColumns =
    [
        new("シート", r => r.Sheet, 8, 16),
        new("セル", r => r.Cell, 6, 8),
        new("項目", r => r.Item, 12, 40, Wrap: true),
        new("入力値", r => r.Typed, 12, 40, Wrap: true),
        new("読み取った値", r => r.Read, 12, 30),
    ];

    public static void Write(FeedbackInput input, Stream output)
    {
        using var package = new XlsxPackage(output);
        WriteResult(package, input);
        if (input.Changes.Count > 0)
        {
            StreamedTableSheet.Write(package, ChangesSheet, "Changes", ChangeColumns, input.Changes, []);
        }

        if (input.ReadBack.Count > 0)
        {
            StreamedTableSheet.Write(package, ReadBackSheet, "ReadBack", ReadBackColumns, input.ReadBack, []);
        }

        package.Finish($"提出結果: {input.FileName}", input.ReceivedAt);
    }

    /// <summary>One line telling the submitter what the result means for them and what to do next.</summary>
    public static string Explanation(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => "受理しました。この提出の内容が集計（マスタ）に取り込まれます。説明済みの警告と参考の指摘は、対応不要です。",
        Outcome.AcceptedWithWarnings => "受理しました。内容は集計（マスタ）に取り込まれます。「要対応」の警告を確認し、誤りがあれば修正して、誤りでなければその行の備考に理由を書いて、同じフォルダに再提出してください（備考で説明した警告は「説明済み」になり、結果は「受理」になります）。",
        Outcome.Returned => "差戻しです。修正して同じフォルダに再提出してください。この提出は取り込まれていません（前回受理された提出があれば、その内容が引き続き有効です）。",
        _ => "ファイルを読み取れませんでした。この提出は取り込まれていません。下の指摘を確認し、Excel で開いて .xlsx 形式で保存し直すか、テンプレートから作り直して、同じフォルダに再提出してください。",
    };

    private static void WriteResult(XlsxPackage package, FeedbackInput input)
    {
        var styles = package.Styles;
        var errors = input.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = input.Findings.Count(f => f.Severity == Severity.Warning && f.IsOpen);
        var explained = input.Findings.Count(f => f.Status == FindingStatus.Explained);
        var notes = input.Findings.Count(f => f.Severity == Severity.Info);
        var numbered = input.Findings.Select((f, i) => (No: i + 1, Finding: f)).ToList();

        (string Label, object Value)[] info =
        [
            ("所属", $"{input.DivisionName}（{input.DivisionCode}）"),
            ("ファイル名", input.FileName),
            ("受付日時", JapanTime.Format(input.ReceivedAt)),
            ("エラー件数", errors),
            ("警告件数（要対応）", warnings),
            ("警告件数（説明済み）", explained),
            ("参考", notes),
        ];
        const int firstInfoRow = 4;
        var lastInfoRow = firstInfoRow + info.Length - 1;
        var noteRow = input.AnnotatedCopyNote is null ? lastInfoRow : lastInfoRow + 1;
        var headerRow = noteRow + 2;
        var lastRow = headerRow + Math.Max(numbered.Count, 1);
        var lastColumn = SheetWriter.ColumnName(FindingColumns.Length);

        var widths = new double[FindingColumns.Length];
        for (var c = 0; c < FindingColumns.Length; c++)
        {
            var column = FindingColumns[c];
            var sample = numbered.Take(ColumnWidth.SampleSize - 1).Select(r => TableSheet.Display(column.Value(r))).Prepend(column.Header);
            widths[c] = ColumnWidth.For(sample, column.MinWidth, column.MaxWidth);
        }

        // The label column is also the table's narrow No column: size it for the labels too.
        widths[0] = Math.Max(widths[0], ColumnWidth.For(info.Select(r => r.Label), 6, 14));

        var tables = numbered.Count == 0 ? [] : new[] { new TableSpec("Findings", $"A{headerRow}:{lastColumn}{lastRow}", [.. FindingColumns.Select(c => c.Header)]) };
        var layout = new SheetLayout([.. widths.Select(w => (w, 0))], FrozenRows: headerRow, PrintTitleRow: headerRow, Tables: tables);
        using var ws = package.AddSheet(ResultSheet, layout);

        var (fill, text) = Colours(input.Outcome);
        var banner = new CellFormat(Fill: XlsxStyles.Argb(fill), FontColor: XlsxStyles.Argb(text));
        var title = $"結果: {input.Outcome.Japanese()}";
        ws.BeginRow(1, 30);
        ws.Text(1, title, styles.Text(banner with { Bold = true, FontSize = 18 }, title));
        Fill(ws, 2, styles.Cell(banner));

        var merges = new List<string>();
        Paragraph(ws, styles, merges, 2, Explanation(input.Outcome), widths.Sum());

        var label = new CellFormat(Bold: true);
        var value = new CellFormat(Left: true);
        for (var i = 0; i < info.Length; i++)
        {
            ws.BeginRow(firstInfoRow + i);
            ws.Text(1, info[i].Label, styles.Text(label, info[i].Label));
            if (info[i].Value is int count)
            {
                ws.Number(2, count, styles.Cell(value));
            }
            else
            {
                var s = (string)info[i].Value;
                ws.Text(2, s, styles.Text(value, s));
            }
        }

        if (input.AnnotatedCopyNote is { } note)
        {
            Paragraph(ws, styles, merges, noteRow, note, widths.Sum());
        }

        WriteFindings(ws, styles, headerRow, numbered, widths);
        ws.Finish([], numbered.Count == 0 ? $"A{headerRow}:{lastColumn}{lastRow}" : null, merges);
    }

    /// <summary>
    /// The findings as a table under the header; with none, a bordered header and one row saying so, as a
    /// plain range with a filter (an Excel table would need a data row of findings).
    /// </summary>
    private static void WriteFindings(SheetWriter ws, XlsxStyles styles, int headerRow, List<(int No, Finding Finding)> numbered, double[] widths)
    {
        var empty = numbered.Count == 0;
        var formats = FindingColumns.Select(c => new CellFormat(Top: true, Wrap: c.Wrap, Border: empty)).ToArray();
        var headerLines = 1;
        for (var c = 0; c < FindingColumns.Length; c++)
        {
            headerLines = Math.Max(headerLines, RowHeight.Lines(FindingColumns[c].Header, widths[c]));
        }

        ws.BeginRow(headerRow, Height(headerLines));
        for (var c = 0; c < FindingColumns.Length; c++)
        {
            var header = empty ? formats[c] with { Bold = true, Fill = XlsxStyles.Argb(Palette.Header) } : formats[c];
            ws.Text(c + 1, FindingColumns[c].Header, styles.Text(header, FindingColumns[c].Header));
        }

        if (empty)
        {
            ws.BeginRow(headerRow + 1);
            ws.Text(1, NoFindings, styles.Text(formats[0], NoFindings));
            for (var c = 1; c < FindingColumns.Length; c++)
            {
                ws.Blank(c + 1, styles.Cell(formats[c]));
            }

            return;
        }

        var severityColumn = Array.FindIndex(FindingColumns, c => c.Header == "重要度");
        var values = new object?[FindingColumns.Length];
        for (var r = 0; r < numbered.Count; r++)
        {
            var lines = 1;
            for (var c = 0; c < FindingColumns.Length; c++)
            {
                values[c] = FindingColumns[c].Value(numbered[r]);
                if (FindingColumns[c].Wrap && values[c] is string wrapped)
                {
                    lines = Math.Max(lines, RowHeight.Lines(wrapped, widths[c]));
                }
            }

            ws.BeginRow(headerRow + 1 + r, Height(lines));
            for (var c = 0; c < FindingColumns.Length; c++)
            {
                var format = formats[c];
                if (c == severityColumn)
                {
                    var (severityFill, severityText) = numbered[r].Finding switch
                    {
                        { Severity: Severity.Error } => (Palette.Bad, Palette.BadText),
                        { IsOpen: true } => (Palette.Neutral, Palette.NeutralText),
                        _ => (Palette.Missing, Palette.MissingText),
                    };
                    format = format with
                    {
                        Fill = XlsxStyles.Argb(severityFill),
                        FontColor = XlsxStyles.Argb(severityText),
                    };
                }

                switch (values[c])
                {
                    case int number:
                        ws.Number(c + 1, number, styles.Cell(format));
                        break;
                    case string s when s.Length > 0:
                        ws.Text(c + 1, s, styles.Text(format, s));
                        break;
                    default:
                        // An empty cell is only written when it has a colour of its own.
                        ws.Blank(c + 1, format.Fill is null ? 0 : styles.Cell(format));
                        break;
                }
            }
        }
    }

    /// <summary>Text spanning the table's width, so it wraps on screen instead of running off to the right.</summary>
    private static void Paragraph(SheetWriter ws, XlsxStyles styles, List<string> merges, int row, string text, double width)
    {
        var lines = Math.Max(1, (int)Math.Ceiling(ColumnWidth.WidestLine(text) / Math.Max(width, 1)));
        var format = new CellFormat(Top: true, Wrap: true);
        ws.BeginRow(row, (15 * lines) + 3);
        ws.Text(1, text, styles.Text(format, text));
        Fill(ws, 2, styles.Cell(format));
        merges.Add($"A{row}:{SheetWriter.ColumnName(FindingColumns.Length)}{row}");
    }

    /// <summary>Styled empty cells from <paramref name="from"/> to the table's last column.</summary>
    private static void Fill(SheetWriter ws, int from, int style)
    {
        for (var c = from; c <= FindingColumns.Length; c++)
        {
            ws.Blank(c, style);
        }
    }

    private static double? Height(int lines) => lines > 1 ? RowHeight.For(lines) : null;

    private static (XLColor Fill, XLColor Text) Colours(Outcome outcome) => outcome switch
    {
        Outcome.Accepted => (Palette.Good, Palette.GoodText),
        Outcome.AcceptedWithWarnings => (Palette.Neutral, Palette.NeutralText),
        _ => (Palette.Bad, Palette.BadText),
    };
}
