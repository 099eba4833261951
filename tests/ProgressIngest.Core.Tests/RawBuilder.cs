using ProgressIngest.Core.Reading;

namespace ProgressIngest.Core.Tests;

/// <summary>Builds a <see cref="RawWorkbook"/> in memory, as the Excel adapter would hand it over.</summary>
internal sealed class RawBuilder
{
    private readonly List<RawSheet> _sheets = [];

    public RawBuilder Sheet(string name, params object?[][] rows) => Sheet(name, 1, rows);

    /// <param name="firstRow">Row number of the first row given (to simulate title rows above).</param>
    public RawBuilder Sheet(string name, int firstRow, params object?[][] rows)
    {
        var raw = new List<RawRow>();
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = new List<RawCell>();
            for (var c = 0; c < rows[r].Length; c++)
            {
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case RawCell cell:
                        cells.Add(cell with { Column = c + 1 });
                        break;
                    case int i:
                        cells.Add(new RawCell(c + 1, (double)i, "General"));
                        break;
                    case decimal d:
                        cells.Add(new RawCell(c + 1, (double)d, "General"));
                        break;
                    case double d:
                        cells.Add(new RawCell(c + 1, d, "General"));
                        break;
                    case var v:
                        cells.Add(new RawCell(c + 1, v, null));
                        break;
                }
            }

            if (cells.Count > 0)
            {
                raw.Add(new RawRow(firstRow + r, cells));
            }
        }

        _sheets.Add(new RawSheet(name, SheetVisibility.Visible, raw));
        return this;
    }

    public RawWorkbook Build() => new(_sheets);

    public static object?[] Row(params object?[] cells) => cells;

    /// <summary>A filled, valid submission for BPR推進課 (measures 1-3-03, 1-3-04; BPR-SUPPORT and its part).</summary>
    public static RawBuilder ValidBpr(Action<List<object?[]>>? measures = null, Action<List<object?[]>>? indicators = null)
    {
        var measureRows = new List<object?[]>
        {
            Row("取り組みID", "取り組み名", "期間", "進捗区分", "実施内容・実績", "課題", "次年度以降の予定", "備考"),
            Row("1-3-03", "業務改善・効率化に向けた組織体制の構築", "常時", "実施中", "体制を整備した。", null, "継続する。", null),
            Row("1-3-04", "各課業務改革の伴走支援の拡充", "短期", "継続実施", "81件を支援した。", null, "拡充する。", null),
        };
        var indicatorRows = new List<object?[]>
        {
            Row("指標ID", "指標名", "年度", "区分", "値", "単位", "基準日", "備考"),
            Row("BPR-SUPPORT", "伴走支援件数", "令和7年度", "全体", 81, "件", null, null),
            Row("BPR-SUPPORT-DONE", "うち対応完了件数", "令和7年度", "全体", 40, "件", null, null),
        };
        measures?.Invoke(measureRows);
        indicators?.Invoke(indicatorRows);
        return new RawBuilder()
            .Sheet("表紙", Row("令和7年度 進捗状況報告"), Row(), Row("所属コード", "bpr"), Row("所属名", "BPR推進課"), Row("報告年度", "令和7年度"),
                Row("テンプレート版", Layout.Vocabulary.TemplateVersion), Row("カタログ版", TestCatalogue.Real.Hash))
            .Sheet("取り組み進捗", 3, [.. measureRows])
            .Sheet("指標", 3, [.. indicatorRows]);
    }
}
