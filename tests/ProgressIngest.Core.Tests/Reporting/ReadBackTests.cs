using ProgressIngest.Core.Parsing;
using ProgressIngest.Core.Reading;
using ProgressIngest.Core.Reporting;
using static ProgressIngest.Core.Tests.RawBuilder;

namespace ProgressIngest.Core.Tests.Reporting;

public class ReadBackTests
{
    private static IReadOnlyList<ReadBackRow> Read(params object?[][] indicatorRows)
    {
        var workbook = new RawBuilder()
            .Sheet("表紙", Row("所属コード", "jinji"), Row("報告年度", "Ｒ７"), Row("提出日", new DateTime(2026, 1, 30)))
            .Sheet("取り組み進捗", 3, Row("取り組みID", "進捗区分"))
            .Sheet("指標", 3, [Row("指標ID", "年度", "区分", "値", "単位", "基準日"), .. indicatorRows])
            .Build();
        return ReadBack.From(SubmissionParser.Parse(workbook, TestCatalogue.Real));
    }

    private static string[] Flat(IEnumerable<ReadBackRow> rows) => [.. rows.Select(r => $"{r.Sheet}!{r.Cell} {r.Item}: {r.Typed} → {r.Read}")];

    [Fact]
    public void From_PeoplesHabits_ShowsWhatWasTypedBesideWhatWasRead()
    {
        var rows = Read(
            Row("OT-HOURS", "令和７年度", "全体", "１９９．１", "時間", "R7.1.31"),
            Row("SURVEY-Q28", 2025, "区役所", new RawCell(0, 0.512, "0.0%"), "%", null));

        Assert.Equal(
            [
                "表紙!B2 報告年度: Ｒ７ → 令和7年度",
                "表紙!B3 提出日: 2026/01/30 → 2026/1/30",
                "指標!B4 年度（OT-HOURS 全体）: 令和７年度 → 令和7年度",
                "指標!D4 値（OT-HOURS 全体）: １９９．１ → 199.1",
                "指標!F4 基準日（OT-HOURS 全体）: R7.1.31 → 2025/1/31",
                "指標!B5 年度（SURVEY-Q28 区役所）: 2025 → 令和7年度",
                "指標!D5 値（SURVEY-Q28 区役所）: 0.512（51.2%表示） → 51.2",
            ],
            Flat(rows));
    }

    [Fact]
    public void From_UnreadableCells_SayNothingWasRead()
    {
        var rows = Read(Row("OT-HOURS", "来年度", "全体", "たくさん", "時間", "いつか"));

        Assert.Equal([ReadBack.NotAYear, ReadBack.NotANumber, ReadBack.NotADate], rows.Where(r => r.Sheet == "指標").Select(r => r.Read));
    }

    [Fact]
    public void From_BlankCellsAndUnknownIndicator_LeavesBlanksOutAndNamesTheRowAsTyped()
    {
        var rows = Read(Row("ＸＸ－１", "R7", null, 12, null, null));

        Assert.Equal(["指標!B4 年度（XX-1）: R7 → 令和7年度", "指標!D4 値（XX-1）: 12 → 12"], Flat(rows.Where(r => r.Sheet == "指標")));
    }

    [Fact]
    public void From_NoCoverAndNoIndicators_IsEmpty()
    {
        var workbook = new RawBuilder().Sheet("取り組み進捗", Row("取り組みID", "進捗区分")).Build();

        Assert.Empty(ReadBack.From(SubmissionParser.Parse(workbook, TestCatalogue.Real)));
    }
}
