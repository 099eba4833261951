using ProgressIngest.Core.Drafting;
using ProgressIngest.Core.Merging;
using ProgressIngest.Worker.Excel.Streaming;

namespace ProgressIngest.Worker.Excel;

internal static partial class MasterWriter
{
    public const string ThemeSheet = "重点分野";

    /// <summary>The three texts shown for each ward, in this order.</summary>
    public static readonly string[] ThemeFields = ["実施内容・実績", "課題", "次年度以降の予定"];

    private const int ThemeTextWidth = 36;

    /// <summary>Excel's last column (XFD).</summary>
    private const int MaxColumns = 16_384;

    /// <summary>
    /// 重点分野: one row per priority theme, the wards side by side (three columns each: 実施内容・実績, 課題,
    /// 次年度以降の予定), texts exactly as typed; a ward without a report shows why.
    /// </summary>
    private static void WriteThemes(XlsxPackage package, MasterModel model)
    {
        var styles = package.Styles;
        var fields = DraftBuilder.Fields(model);
        var wards = fields.SelectMany(f => f.Themes).SelectMany(t => t.Wards).Select(w => w.Ward).Distinct(StringComparer.Ordinal).ToList();
        var shown = Math.Min(wards.Count, (MaxColumns - 3) / ThemeFields.Length);
        var textFormat = new CellFormat(Top: true, Wrap: true);
        var columns = new List<(double Width, int Style)> { (16, styles.Cell(textFormat)), (8, styles.Cell(textFormat)), (30, styles.Cell(textFormat)) };
        columns.AddRange(Enumerable.Repeat((ThemeTextWidth + 0d, styles.Cell(textFormat)), shown * ThemeFields.Length));
        using var ws = package.AddSheet(ThemeSheet, new SheetLayout(columns, FrozenRows: 2, PrintTitleRow: 2));

        var header = YearHeaderFormat with { Wrap = true };
        ws.BeginRow(1);
        Text(ws, styles, 1, "分野", header);
        Text(ws, styles, 2, "テーマID", header);
        Text(ws, styles, 3, "テーマ", header);
        var merges = new List<string>();
        for (var w = 0; w < shown; w++)
        {
            var first = 4 + (w * ThemeFields.Length);
            Text(ws, styles, first, wards[w], header);
            merges.Add($"{SheetWriter.ColumnName(first)}1:{SheetWriter.ColumnName(first + ThemeFields.Length - 1)}1");
        }

        ws.BeginRow(2);
        for (var c = 1; c <= 3; c++)
        {
            ws.Blank(c, styles.Cell(header));
        }

        for (var w = 0; w < shown; w++)
        {
            for (var f = 0; f < ThemeFields.Length; f++)
            {
                Text(ws, styles, 4 + (w * ThemeFields.Length) + f, ThemeFields[f], header);
            }
        }

        var row = 3;
        var cell = textFormat with { Border = true };
        var gap = GapFormat with { Top = true };
        foreach (var field in fields)
        {
            foreach (var theme in field.Themes)
            {
                var byWard = theme.Wards.ToDictionary(w => w.Ward, StringComparer.Ordinal);
                var lines = theme.Wards.SelectMany(w => new[] { w.Detail.Text, w.Issues.Text, w.Plan.Text }).Select(t => RowHeight.Lines(t, ThemeTextWidth)).DefaultIfEmpty(1).Max();
                ws.BeginRow(row++, lines > 1 ? RowHeight.For(lines) : null);
                Text(ws, styles, 1, field.Title, cell);
                Text(ws, styles, 2, theme.Id, cell);
                Text(ws, styles, 3, theme.Title, cell);
                for (var w = 0; w < shown; w++)
                {
                    var texts = byWard.TryGetValue(wards[w], out var ward) ? new[] { ward.Detail, ward.Issues, ward.Plan } : null;
                    for (var f = 0; f < ThemeFields.Length; f++)
                    {
                        var column = 4 + (w * ThemeFields.Length) + f;
                        if (texts?[f] is { IsMissing: false } text)
                        {
                            Text(ws, styles, column, text.Text, cell);
                        }
                        else
                        {
                            Text(ws, styles, column, texts?[f].Status ?? "担当外", gap);
                        }
                    }
                }
            }
        }

        if (shown < wards.Count)
        {
            ws.BeginRow(row + 1);
            Text(ws, styles, 1, $"区役所が多いため、先頭の{shown}所属のみ表示しています（全{wards.Count}所属の記載は取り組み進捗シートにあります）。", new CellFormat());
        }

        ws.Finish([], merges: [.. merges, "A1:A2", "B1:B2", "C1:C2"]);
    }
}
