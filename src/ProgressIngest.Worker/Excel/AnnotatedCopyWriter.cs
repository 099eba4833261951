using ClosedXML.Excel;
using ProgressIngest.Core.Findings;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Returns the submitter's own workbook with every problem cell coloured and commented, and a first
/// sheet 「指摘一覧」 linking to each cell (DESIGN.md §6) — but only when ClosedXML can re-save it
/// without losing anything the submitter made.
/// </summary>
internal static class AnnotatedCopyWriter
{
    public const string ListSheet = "指摘一覧";

    /// <summary>Author of the comments this writer adds, so they can be replaced when the copy itself is resubmitted.</summary>
    public const string CommentAuthor = "ProgressIngest";

    private const string ListNote = "この提出の指摘一覧です（自動作成）。セル番地をクリックすると該当セルに移動します。色の付いたセルには、指摘の内容をコメントで付けています。";

    private const double CommentWidth = 40;
    private const double CommentUnitsPerLine = 60;

    private static readonly TableColumn<ListRow>[] ListColumns =
    [
        new("No", r => r.No, 5, 6),
        new("重要度", r => FindingText.Severity(r.Finding.Severity), 8, 8),
        new("場所", r => FindingText.Location(r.Finding), 12, 24),
        new("項目", r => r.Finding.Field, 8, 16, Wrap: true),
        new("入力値", r => r.Finding.Value, 8, 24, Wrap: true),
        new("内容", r => r.Finding.Message, 30, 60, Wrap: true),
        new("修正方法", r => r.Finding.Fix, 30, 60, Wrap: true),
    ];

    /// <returns>Null when <paramref name="output"/> holds the annotated copy; otherwise why there is none, in Japanese, and nothing was written.</returns>
    public static string? TryWrite(Stream original, IReadOnlyList<Finding> findings, Stream output)
    {
        using var source = new MemoryStream();
        using var result = new MemoryStream();
        try
        {
            original.CopyTo(source);
            source.Position = 0;
            if (PackageCheck.Unsupported(source) is { } unsupported)
            {
                return Reason(unsupported);
            }

            source.Position = 0;
            using var workbook = new XLWorkbook(source);
            Annotate(workbook, findings);
            workbook.SaveAs(result);
        }
        catch (Exception ex)
        {
            return Reason(PackageCheck.Describe(ex));
        }

        result.Position = 0;
        result.CopyTo(output);
        return null;
    }

    public static string Reason(string why)
        => $"元のファイルを安全に保存し直せないため、指摘箇所付きのコピーは作成していません（理由: {why}）。下の表のシート名・セル番地を参照してください。";

    private static void Annotate(XLWorkbook workbook, IReadOnlyList<Finding> findings)
    {
        RemovePreviousAnnotations(workbook);

        var rows = new List<ListRow>();
        var byCell = new Dictionary<(string Sheet, int Row, int Column), (IXLCell Cell, List<Finding> Findings)>();
        for (var i = 0; i < findings.Count; i++)
        {
            var target = Target(workbook, findings[i]);
            rows.Add(new ListRow(i + 1, findings[i], target));
            if (target is not null)
            {
                var key = (target.Worksheet.Name, target.Address.RowNumber, target.Address.ColumnNumber);
                if (!byCell.TryGetValue(key, out var entry))
                {
                    byCell[key] = entry = (target, []);
                }

                entry.Findings.Add(findings[i]);
            }
        }

        foreach (var (cell, list) in byCell.Values)
        {
            Mark(cell, list);
        }

        WriteList(workbook, rows);
    }

    private static IXLCell? Target(XLWorkbook workbook, Finding finding)
    {
        if (finding.Sheet is null || finding.Cell is null || !workbook.Worksheets.TryGetWorksheet(finding.Sheet, out var ws))
        {
            return null;
        }

        var row = FindingOrder.Row(finding.Cell);
        var column = FindingOrder.Column(finding.Cell);
        return row is >= 1 and <= XLHelper.MaxRowNumber && column is >= 1 and <= XLHelper.MaxColumnNumber
            ? ws.Cell(row, column)
            : null;
    }

    private static void Mark(IXLCell cell, List<Finding> findings)
    {
        cell.Style.Fill.BackgroundColor = findings.Any(f => f.Severity == Severity.Error) ? Palette.Bad : Palette.Neutral;

        var comment = cell.Comment;
        var lines = 0.0;
        var first = comment.Length == 0;
        if (first)
        {
            comment.SetAuthor(CommentAuthor);
        }

        foreach (var finding in findings)
        {
            var text = $"[{FindingText.Severity(finding.Severity)}] {finding.Message} / 修正方法: {finding.Fix}";
            if (!first)
            {
                comment.AddNewLine();
            }

            comment.AddText(CellText.Safe(text));
            first = false;
            lines += Math.Max(1, Math.Ceiling(ColumnWidth.WidestLine(text) / CommentUnitsPerLine));
        }

        comment.Style.Size.SetWidth(CommentWidth).Size.SetHeight(Math.Min(400, (14 * (lines + 1)) + 8));
    }

    private static void WriteList(XLWorkbook workbook, List<ListRow> rows)
    {
        var ws = workbook.Worksheets.Add(FreeName(workbook), 1);
        var note = ws.Cell(1, 1);
        CellText.Set(note, ListNote);
        note.Style.Font.Bold = true;

        const int headerRow = 3;
        TableSheet.Write(ws, headerRow, ListColumns, rows, null);
        if (rows.Count == 0)
        {
            CellText.Set(ws.Cell(headerRow + 1, 1), FeedbackWriter.NoFindings);
        }

        var severityColumn = Array.FindIndex(ListColumns, c => c.Header == "重要度") + 1;
        var locationColumn = Array.FindIndex(ListColumns, c => c.Header == "場所") + 1;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = headerRow + 1 + i;
            var error = rows[i].Finding.Severity == Severity.Error;
            ws.Cell(r, severityColumn).Style.Fill.BackgroundColor = error ? Palette.Bad : Palette.Neutral;
            if (rows[i].Target is { } target)
            {
                var sheet = target.Worksheet.Name.Replace("'", "''", StringComparison.Ordinal);
                ws.Cell(r, locationColumn).Hyperlink = new XLHyperlink($"'{sheet}'!{target.Address.ToStringRelative()}");
            }
        }

        foreach (var sheet in workbook.Worksheets)
        {
            sheet.TabSelected = false;
            sheet.TabActive = false;
        }

        ws.TabSelected = true;
        ws.TabActive = true;
    }

    /// <summary>Removes what an earlier run added, for when a submitter sends the annotated copy back in.</summary>
    private static void RemovePreviousAnnotations(XLWorkbook workbook)
    {
        var previous = workbook.Worksheets
            .Where(ws => ws.Name.StartsWith(ListSheet, StringComparison.Ordinal) && ws.Cell(1, 1).GetString() == ListNote)
            .ToList();
        foreach (var ws in previous)
        {
            ws.Delete();
        }

        foreach (var ws in workbook.Worksheets)
        {
            foreach (var cell in ws.CellsUsed(XLCellsUsedOptions.Comments).Where(c => c.HasComment && c.Comment.Author == CommentAuthor).ToList())
            {
                cell.Comment.Delete();
            }
        }
    }

    private static string FreeName(XLWorkbook workbook)
    {
        var name = ListSheet;
        for (var n = 2; workbook.Worksheets.Contains(name); n++)
        {
            name = $"{ListSheet}({n})";
        }

        return name;
    }

    private sealed record ListRow(int No, Finding Finding, IXLCell? Target);
}
