using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Tests.Reporting;

public class ChangeDetectorTests
{
    private static Catalogue Catalogue => TestCatalogue.Real;

    private static MeasureProgress Measure(string id, string status = "実施中", string detail = "実施した。", string plan = "継続する。")
        => new(id, status, detail, string.Empty, plan, string.Empty, null);

    private static IndicatorValue Value(string id, int year, string segment, decimal value)
        => new(id, new FiscalYear(year), segment, value, null, string.Empty, null);

    private static string[] Flat(IReadOnlyList<ChangeRow> rows)
        => [.. rows.Select(r => $"{r.Sheet}|{r.Item.Split(' ')[0]}|{r.Key}|{r.Before}|{r.After}")];

    [Fact]
    public void Compare_NoPrevious_NoChanges()
    {
        var current = new AcceptedData([Measure("1-1-01")], [Value("OT-HOURS", 2025, "全体", 190m)]);

        Assert.Empty(ChangeDetector.Compare(null, current, Catalogue));
    }

    [Fact]
    public void Compare_SameData_NoChanges()
    {
        var data = new AcceptedData([Measure("1-1-01")], [Value("OT-HOURS", 2025, "全体", 190m)]);

        Assert.Empty(ChangeDetector.Compare(data, data with { Indicators = [Value("OT-HOURS", 2025, "全体", 190.0m)] }, Catalogue));
    }

    [Fact]
    public void Compare_ChangedFields_OneRowPerFieldLabelledLikeTheTemplate()
    {
        var before = new AcceptedData([Measure("1-1-01", "検討中", "検討した。", plan: "")], []);
        var after = new AcceptedData([Measure("1-1-01", "実施中", "実施した。", plan: "継続する。")], []);

        var rows = ChangeDetector.Compare(before, after, Catalogue);

        Assert.Equal(
            [
                "取り組み進捗|1-1-01|進捗区分|検討中|実施中",
                "取り組み進捗|1-1-01|実施内容・実績|検討した。|実施した。",
                "取り組み進捗|1-1-01|次年度以降の予定|（空欄）|継続する。",
            ],
            Flat(rows));
        Assert.Equal("1-1-01 " + Catalogue.FindMeasure("1-1-01")!.Title, rows[0].Item);
    }

    [Fact]
    public void Compare_AddedAndRemovedMeasures_ShownByStatus()
    {
        var before = new AcceptedData([Measure("1-1-02", "完了")], []);
        var after = new AcceptedData([Measure("1-1-01")], []);

        Assert.Equal(
            [
                "取り組み進捗|1-1-01|進捗区分|（なし）|実施中",
                "取り組み進捗|1-1-02|進捗区分|完了|（なし）",
            ],
            Flat(ChangeDetector.Compare(before, after, Catalogue)));
    }

    [Fact]
    public void Compare_IndicatorValues_ChangedAddedRemovedWithUnitAndDecimals()
    {
        var before = new AcceptedData([], [Value("OT-HOURS", 2025, "全体", 190m), Value("OT-HOURS", 2025, "区役所", 180m), Value("IMPROPER-JAN", 2025, "全体", 300m)]);
        var after = new AcceptedData([], [Value("OT-HOURS", 2025, "全体", 191.5m), Value("OT-HOURS", 2025, "本庁等", 195m), Value("IMPROPER-JAN", 2025, "全体", 300m)]);

        Assert.Equal(
            [
                "指標|OT-HOURS|令和7年度 全体|190.0時間|191.5時間",
                "指標|OT-HOURS|令和7年度 本庁等|（なし）|195.0時間",
                "指標|OT-HOURS|令和7年度 区役所|180.0時間|（なし）",
            ],
            Flat(ChangeDetector.Compare(before, after, Catalogue)));
    }

    [Fact]
    public void Compare_AnyInputOrder_CatalogueOrderMeasuresFirst()
    {
        var before = new AcceptedData([Measure("2-3-01", "検討中"), Measure("1-1-01", "検討中")], [Value("SURVEY-Q28", 2025, "全体", 80m), Value("OT-HOURS", 2025, "全体", 190m)]);
        var after = new AcceptedData([Measure("1-1-01", "完了"), Measure("2-3-01", "完了")], [Value("OT-HOURS", 2025, "全体", 191m), Value("SURVEY-Q28", 2025, "全体", 81m)]);

        Assert.Equal(
            ["1-1-01", "2-3-01", "OT-HOURS", "SURVEY-Q28"],
            ChangeDetector.Compare(before, after, Catalogue).Select(r => r.Item.Split(' ')[0]));
    }
}
