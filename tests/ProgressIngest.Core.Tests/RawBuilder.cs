using ProgressIngest.Core.Model;
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
                Row("提出日", "2026/1/30"), Row("担当者", "業務 太郎"), Row("連絡先", "内線1234"),
                Row("テンプレート版", Layout.Vocabulary.TemplateVersion), Row("カタログ版", TestCatalogue.Real.Hash))
            .Sheet("取り組み進捗", 3, [.. measureRows])
            .Sheet("指標", 3, [.. indicatorRows]);
    }

    public static readonly object?[] MeasureHeader = Row("取り組みID", "取り組み名", "期間", "進捗区分", "実施内容・実績", "課題", "次年度以降の予定", "備考");

    public static readonly object?[] IndicatorHeader = Row("指標ID", "指標名", "年度", "区分", "値", "単位", "基準日", "備考");

    /// <summary>
    /// A filled, valid 令和7年度 submission for any registry division: every assigned measure, and every
    /// assigned indicator and segment with last year's published value (so no rule fires), else 10.
    /// Measure rows start on row 4 and indicator rows on row 4 (header on row 3).
    /// </summary>
    public static RawBuilder Valid(string division, Action<List<object?[]>>? measures = null, Action<List<object?[]>>? indicators = null, Action<List<object?[]>>? cover = null)
    {
        var catalogue = TestCatalogue.Real;
        var d = catalogue.FindDivision(division)!;
        var measureRows = new List<object?[]> { MeasureHeader };
        foreach (var id in d.Measures)
        {
            var m = catalogue.FindMeasure(id)!;
            measureRows.Add(Row(id, m.Title, m.Horizon, "実施中", $"{m.Title}を進めた。", null, "継続する。", null));
        }

        var indicatorRows = new List<object?[]> { IndicatorHeader };
        foreach (var id in d.Indicators)
        {
            var indicator = catalogue.FindIndicator(id)!;
            var year = new FiscalYear(2025).AddYears(-indicator.Rules.LagYears);
            foreach (var segment in indicator.Segments)
            {
                var last = catalogue.Baseline.FirstOrDefault(b => b.IndicatorId == id && b.Segment == segment && b.FiscalYear == year.Previous())?.Value ?? 10m;
                indicatorRows.Add(Row(id, indicator.Name, year.Japanese, segment, last, indicator.Unit, null, null));
            }
        }

        var coverRows = new List<object?[]>
        {
            Row("令和7年度 進捗状況報告"), Row(), Row("所属コード", division), Row("所属名", d.Name), Row("報告年度", "令和7年度"),
            Row("提出日", "2026/1/30"), Row("担当者", "業務 花子"), Row("連絡先", "内線5678"),
            Row("テンプレート版", Layout.Vocabulary.TemplateVersion), Row("カタログ版", catalogue.Hash),
        };
        measures?.Invoke(measureRows);
        indicators?.Invoke(indicatorRows);
        cover?.Invoke(coverRows);
        return new RawBuilder()
            .Sheet("表紙", [.. coverRows])
            .Sheet("取り組み進捗", 3, [.. measureRows])
            .Sheet("指標", 3, [.. indicatorRows]);
    }

    /// <summary>Merges a range of a sheet already added: only its top-left cell keeps a value, as Excel does.</summary>
    public RawBuilder Merge(string sheetName, int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        var index = _sheets.FindIndex(s => s.Name == sheetName);
        var range = new MergedRange(firstRow, firstColumn, lastRow, lastColumn);
        var sheet = _sheets[index];
        var rows = sheet.Rows
            .Select(r => r with { Cells = [.. r.Cells.Where(c => !range.Contains(r.Number, c.Column) || range.IsTopLeft(r.Number, c.Column))] })
            .ToList();
        _sheets[index] = sheet with { Rows = rows, Merges = [.. sheet.Merges, range] };
        return this;
    }
}
