using ClosedXML.Excel;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

public class MasterWriterTests
{
    private static readonly FiscalYear Year = new(2025);
    private static readonly DateTimeOffset Received = new(2026, 2, 2, 0, 30, 0, TimeSpan.Zero);

    private static Catalogue Catalogue => RepoPaths.Catalogue;

    private static SubmissionRecord Jinji(string text = "研修を2回実施した。", string fileName = "人事課.xlsx", Outcome outcome = Outcome.Accepted, IReadOnlyList<Finding>? findings = null)
        => new(
            1,
            "jinji",
            fileName,
            "hash1",
            Received,
            outcome,
            findings ?? [],
            new AcceptedData(
                [new MeasureProgress("1-1-01", "実施中", text, text, text, text, "取り組み進捗!E4")],
                [new IndicatorValue("OT-HOURS", Year, "本庁等", 190.25m, null, text, "指標!E5")]));

    private static byte[] Master(params SubmissionRecord[] submissions)
        => Xlsx.Write(s => MasterWriter.Write(MasterBuilder.Build(Catalogue, Year, submissions), s));

    [Fact]
    public void Write_AnyModel_HasTheNineSheetsEachTableWithFrozenHeader()
    {
        using var wb = Xlsx.Open(Master(Jinji()));

        Assert.Equal(
            [
                MasterWriter.StatusSheet, MasterWriter.ProgressSheet, MasterWriter.IndicatorSheet, MasterWriter.FindingSheet, MasterWriter.SummarySheet,
                MasterWriter.ChartSheet, MasterWriter.CountSheet, MasterWriter.ThemeSheet, MasterWriter.ReminderSheet,
            ],
            wb.Worksheets.Select(ws => ws.Name));
        foreach (var ws in wb.Worksheets.Take(4))
        {
            Assert.Single(ws.Tables);
            Assert.True(ws.Tables.First().ShowAutoFilter);
            Assert.Equal(1, ws.SheetView.SplitRow);
        }
    }

    [Fact]
    public void Write_Status_EveryRegistryDivisionWithItsState()
    {
        using var wb = Xlsx.Open(Master(Jinji(outcome: Outcome.AcceptedWithWarnings)));
        var ws = wb.Worksheet(MasterWriter.StatusSheet);

        Assert.Equal(Catalogue.Divisions.Select(d => d.Code), Enumerable.Range(2, Catalogue.Divisions.Count).Select(r => ws.Cell(r, 1).GetString()));
        Assert.Equal(["jinji", "人事課", "提出済", "人事課.xlsx", "2026/02/02 09:30", "受理（警告あり）"], Enumerable.Range(1, 6).Select(c => ws.Cell(2, c).GetString()));
        Assert.Equal(0, ws.Cell(2, 7).GetValue<int>());
        Assert.Equal("未提出", ws.Cell(3, 3).GetString());
        Assert.True(ws.ConditionalFormats.Count() >= 5);
    }

    [Fact]
    public void Write_Indicators_ValuesAreNumbersWithTheIndicatorsDecimalsAndYearsAreJapanese()
    {
        using var wb = Xlsx.Open(Master(Jinji()));
        var ws = wb.Worksheet(MasterWriter.IndicatorSheet);
        var row = Enumerable.Range(2, ws.LastRowUsed()!.RowNumber())
            .First(r => ws.Cell(r, 1).GetString() == "OT-HOURS" && ws.Cell(r, 3).GetString() == "令和6年度" && ws.Cell(r, 4).GetString() == "本庁等");
        var submitted = Enumerable.Range(2, ws.LastRowUsed()!.RowNumber())
            .First(r => ws.Cell(r, 1).GetString() == "OT-HOURS" && ws.Cell(r, 7).GetString() == "人事課（jinji）" && ws.Cell(r, 4).GetString() == "本庁等");

        Assert.Equal(XLDataType.Number, ws.Cell(row, 5).DataType);
        Assert.Equal(194.5, ws.Cell(row, 5).GetDouble());
        Assert.Equal("#,##0.0", ws.Cell(row, 5).Style.NumberFormat.Format);
        Assert.StartsWith(MasterBuilder.BaselineSource, ws.Cell(row, 8).GetString(), StringComparison.Ordinal);
        Assert.Equal(190.25, ws.Cell(submitted, 5).GetDouble());
        Assert.Equal("令和7年度", ws.Cell(submitted, 3).GetString());

        var improper = Enumerable.Range(2, ws.LastRowUsed()!.RowNumber()).First(r => ws.Cell(r, 1).GetString() == "IMPROPER-JAN");
        Assert.Equal("#,##0", ws.Cell(improper, 5).Style.NumberFormat.Format);
    }

    [Fact]
    public void Write_Progress_EveryAssignedDivisionHasARowThatSaysWhyWhenEmpty()
    {
        using var wb = Xlsx.Open(Master(Jinji()));
        var ws = wb.Worksheet(MasterWriter.ProgressSheet);
        var (header, statusColumn) = Xlsx.Find(ws, "進捗区分");
        string StatusOf(string measure) => ws.Cell(Enumerable.Range(2, ws.LastRowUsed()!.RowNumber()).First(r => ws.Cell(r, 3).GetString() == measure), statusColumn).GetString();
        string DivisionOf(string measure) => ws.Cell(Enumerable.Range(2, ws.LastRowUsed()!.RowNumber()).First(r => ws.Cell(r, 3).GetString() == measure), 6).GetString();

        Assert.Equal(1, header);
        Assert.Equal(("1-1-01", "実施中", "人事課（jinji）"), (ws.Cell(2, 3).GetString(), ws.Cell(2, statusColumn).GetString(), ws.Cell(2, 6).GetString()));
        Assert.Equal(("未提出", "BPR推進課（bpr）"), (StatusOf("1-3-03"), DivisionOf("1-3-03")));
        Assert.Equal(MasterWriter.NotReported, StatusOf("1-1-02"));
    }

    [Fact]
    public void Write_IndicatorsAndSummary_PendingAndMissingValuesAreWordsNotBlanks()
    {
        var pending = Jinji() with { Data = new AcceptedData([], [new IndicatorValue("OT-HOURS", Year, "本庁等", null, null, "2月確定", "指標!E5")]) };
        using var wb = Xlsx.Open(Master(pending));
        var indicators = wb.Worksheet(MasterWriter.IndicatorSheet);
        var summary = wb.Worksheet(MasterWriter.SummarySheet);
        var row = Enumerable.Range(2, indicators.LastRowUsed()!.RowNumber())
            .First(r => indicators.Cell(r, 1).GetString() == "OT-HOURS" && indicators.Cell(r, 3).GetString() == "令和7年度" && indicators.Cell(r, 4).GetString() == "本庁等");
        var (titleRow, _) = Xlsx.Find(summary, SummaryTitle("OT-HOURS"));
        var r7 = Enumerable.Range(2, 10).First(c => summary.Cell(titleRow + 1, c).GetString() == "R7");
        string Summary(string label) => summary.Cell(Enumerable.Range(titleRow + 2, 20).First(r => summary.Cell(r, 1).GetString() == label), r7).GetString();

        Assert.Equal("未確定", indicators.Cell(row, 5).GetString());
        Assert.Equal(("未確定", "未報告", "未確定"), (Summary("本庁等"), Summary("区役所"), Summary("差（本庁等−区役所）")));
    }

    private static string SummaryTitle(string indicatorId)
    {
        var indicator = Catalogue.FindIndicator(indicatorId)!;
        return indicator.Type == Core.Schema.ValueType.Percent
            ? $"{indicator.Name}（単位: {indicator.Unit}、差・増減はポイント）"
            : $"{indicator.Name}（単位: {indicator.Unit}）";
    }

    [Theory]
    [InlineData("OT-HOURS", "差（本庁等−区役所）", "R6", 8.7)]
    [InlineData("SURVEY-Q28", "差（本庁等−区役所）", "R6", 4.1)]
    [InlineData("IMPROPER-JAN", "前年度からの増減（全体）", "R6", -34)]
    [InlineData("OT-HOURS", "全体", "R4", 206.1)]
    public void Write_Summary_RebuildsTheReportsFigures(string indicatorId, string label, string year, double expected)
    {
        using var wb = Xlsx.Open(Master());
        var ws = wb.Worksheet(MasterWriter.SummarySheet);
        var (titleRow, _) = Xlsx.Find(ws, SummaryTitle(indicatorId));
        var headerRow = titleRow + 1;
        var column = Enumerable.Range(2, 10).First(c => ws.Cell(headerRow, c).GetString() == year);
        var row = Enumerable.Range(headerRow + 1, 20).First(r => ws.Cell(r, 1).GetString() == label);

        Assert.Equal(MasterWriter.SegmentHeader, ws.Cell(headerRow, 1).GetString());
        Assert.Equal(XLDataType.Number, ws.Cell(row, column).DataType);
        Assert.Equal(expected, ws.Cell(row, column).GetDouble(), 6);
    }

    [Fact]
    public void Write_Summary_DerivedRowsItalicAndTheFirstYearsChangeIsADash()
    {
        using var wb = Xlsx.Open(Master());
        var ws = wb.Worksheet(MasterWriter.SummarySheet);
        var (titleRow, _) = Xlsx.Find(ws, SummaryTitle("OT-HOURS"));
        var change = Enumerable.Range(titleRow + 2, 20).First(r => ws.Cell(r, 1).GetString() == "前年度からの増減（全体）");

        Assert.True(ws.Cell(change, 1).Style.Font.Italic);
        Assert.False(ws.Cell(titleRow + 2, 1).Style.Font.Italic);
        Assert.Equal("―", ws.Cell(change, 2).GetString());
    }

    [Fact]
    public void Write_SameModelTwice_SameContent()
    {
        using var a = Xlsx.Open(Master(Jinji()));
        using var b = Xlsx.Open(Master(Jinji()));

        static IEnumerable<string> Cells(XLWorkbook wb)
            => wb.Worksheets.SelectMany(ws => ws.CellsUsed().Select(c => $"{ws.Name}!{c.Address}={c.GetString()}"));

        Assert.Equal(Cells(a), Cells(b));
    }

    [Theory]
    [MemberData(nameof(TrickyText.Cases), MemberType = typeof(TrickyText))]
    public void Write_SubmittedText_StaysTheSameTextEverywhere(string text)
    {
        var finding = Finding.At(new Core.Findings.CellRef("指標", 5, 5), RuleIds.ValueSoftHigh, "値", text, text, text);
        var bytes = Master(Jinji(text, text, Outcome.AcceptedWithWarnings, [finding]));
        using var wb = Xlsx.Open(bytes);

        var status = wb.Worksheet(MasterWriter.StatusSheet);
        TrickyText.AssertText(status.Cell(2, 4), text);

        var progress = wb.Worksheet(MasterWriter.ProgressSheet);
        foreach (var header in new[] { "実施内容・実績", "課題", "次年度以降の予定", "備考" })
        {
            TrickyText.AssertText(progress.Cell(2, Xlsx.Find(progress, header).Column), text);
        }

        var indicators = wb.Worksheet(MasterWriter.IndicatorSheet);
        var row = Enumerable.Range(2, indicators.LastRowUsed()!.RowNumber())
            .First(r => indicators.Cell(r, 7).GetString() == "人事課（jinji）" && indicators.Cell(r, 4).GetString() == "本庁等" && indicators.Cell(r, 3).GetString() == "令和7年度");
        TrickyText.AssertText(indicators.Cell(row, Xlsx.Find(indicators, "備考").Column), text);

        var findings = wb.Worksheet(MasterWriter.FindingSheet);
        foreach (var header in new[] { "ファイル名", "入力値", "内容", "修正方法" })
        {
            TrickyText.AssertText(findings.Cell(2, Xlsx.Find(findings, header).Column), text);
        }

        Assert.Empty(Xlsx.PartsWithFormulas(bytes));
    }
}
