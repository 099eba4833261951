using ClosedXML.Excel;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>The sheets the planning division reads: 進捗集計, 重点分野, 督促リスト (指標グラフ's numbers: DraftEndToEndTests).</summary>
public class MasterReadingSheetsTests
{
    private static readonly FiscalYear Year = new(2025);
    private static readonly DateTimeOffset Received = new(2026, 2, 2, 0, 30, 0, TimeSpan.Zero);

    private static SubmissionRecord Record(long id, string division, Outcome outcome, params MeasureProgress[] measures)
        => new(id, division, $"{division}.xlsx", $"h{id}", Received, outcome, [], outcome.IsAccepted() ? new AcceptedData(measures, []) : null)
        {
            Contact = new SubmissionContact(division, $"{division}担当 山田", "内線1234", null),
        };

    private static XLWorkbook Master(params SubmissionRecord[] records)
        => Xlsx.Open(Xlsx.Write(s => MasterWriter.Write(MasterBuilder.Build(RepoPaths.Catalogue, Year, records), s)));

    [Fact]
    public void Themes_WardTexts_SideBySideExactlyAsTypedWithGapsNamed()
    {
        const string typed = "=住居表示の ＤＸ 導入を検討①\n（㈱委託）";
        using var wb = Master(Record(1, "aoba", Outcome.Accepted, new MeasureProgress("F1-1", "実施中", typed, "課題Ａ", "来年度も継続", "", "取り組み進捗!H20")));
        var ws = wb.Worksheet(MasterWriter.ThemeSheet);
        var aoba = Xlsx.Find(ws, "青葉区役所（aoba）");
        var theme = Xlsx.Find(ws, "F1-1").Row;

        Assert.Equal(["実施内容・実績", "課題", "次年度以降の予定"], Enumerable.Range(aoba.Column, 3).Select(c => ws.Cell(2, c).GetString()));
        Assert.Equal([typed, "課題Ａ", "来年度も継続"], Enumerable.Range(aoba.Column, 3).Select(c => ws.Cell(theme, c).GetString()));
        var miyagino = Xlsx.Find(ws, "宮城野区役所（miyagino）");
        Assert.Equal("未提出", ws.Cell(theme, miyagino.Column).GetString());
        Assert.Equal(5, Enumerable.Range(3, 10).Count(r => ws.Cell(r, 2).GetString().StartsWith('F')));
    }

    [Fact]
    public void Reminders_NotSubmittedAndReturned_WithContactAndWhatIsMissing()
    {
        using var wb = Master(Record(1, "jinji", Outcome.Returned), Record(2, "bpr", Outcome.Accepted));
        var ws = wb.Worksheet(MasterWriter.ReminderSheet);
        var rows = ws.RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString(), r => r);

        Assert.DoesNotContain("bpr", rows.Keys);
        Assert.Equal(RepoPaths.Catalogue.Divisions.Count - 1, rows.Count);
        var jinji = rows["jinji"];
        Assert.Equal(["jinji", "人事課", "差戻し中", "jinji.xlsx"], Enumerable.Range(1, 4).Select(c => jinji.Cell(c).GetString()));
        Assert.Equal(("jinji担当 山田", "内線1234"), (jinji.Cell(7).GetString(), jinji.Cell(8).GetString()));
        Assert.Contains("取り組み 12件（1-1-01、", jinji.Cell(9).GetString(), StringComparison.Ordinal);
        Assert.Contains("指標 ", jinji.Cell(9).GetString(), StringComparison.Ordinal);
        Assert.Equal("未提出", rows["aoba"].Cell(3).GetString());
    }

    [Fact]
    public void Counts_PerPillarSubPillarAndDivision_AddUpToEveryAssignedPlace()
    {
        using var wb = Master(Record(1, "bpr", Outcome.Accepted, new MeasureProgress("1-3-03", "実施中", "実施", "", "", "", "取り組み進捗!H5")));
        var ws = wb.Worksheet(MasterWriter.CountSheet);
        var header = ws.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        var rows = ws.RowsUsed().Skip(1).ToList();
        int Count(string name, string column) => (int)rows.Single(r => r.Cell(2).GetString() == name).Cell(header.IndexOf(column) + 1).GetDouble();

        var places = RepoPaths.Catalogue.Divisions.Sum(d => d.Measures.Count);
        Assert.Equal(places, Count("全体", "計（件）"));
        Assert.Equal(1, Count("全体", "実施中"));
        Assert.Equal(1, Count("BPR推進課（bpr）", "未報告"));
        Assert.Equal(12, Count("人事課（jinji）", "未提出"));
        Assert.Contains(rows, r => r.Cell(1).GetString() == "柱" && r.Cell(2).GetString() == "本庁と区役所双方の業務繁忙への対応");
        Assert.Contains(rows, r => r.Cell(1).GetString() == "分野" && r.Cell(2).GetString().EndsWith("業務改善・効率化", StringComparison.Ordinal));
    }
}
