using System.Diagnostics;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using ProgressIngest.Worker.Excel;
using Xunit.Abstractions;

namespace ProgressIngest.Worker.Tests.Excel;

public class TmpPerfTests(ITestOutputHelper output)
{
    [Fact]
    public void Perf()
    {
        var detail = string.Concat(Enumerable.Repeat("実施内容の説明です。", 30));
        var progress = Enumerable.Range(0, 50_000).Select(i => new ProgressRow("柱", "分野", $"1-1-{i % 25:00}", "短期", "取り組み名の例です", $"div{i / 25}", i % 7 == 0 ? "未報告" : "実施中", detail, "課題", "予定", "備考", $"div{i / 25} / file.xlsx（2026/01/01 10:00受付） 取り組み進捗!E{i % 25 + 4}")).ToList();
        var indicators = Enumerable.Range(0, 70_000).Select(i => new IndicatorRow($"IND-{i / 5000}", "指標名", 2025, "全体", 123.4m, "件", $"div{i}", "source", "")).ToList();
        var findings = Enumerable.Range(0, 20_000).Select(i => new OpenFindingRow($"div{i}", "file.xlsx", Finding.ForFile("x", i % 2 == 0 ? Severity.Error : Severity.Warning, "メッセージ", "修正"))).ToList();
        var status = Enumerable.Range(0, 2000).Select(i => new StatusRow($"div{i}", "名前", "提出済", "file.xlsx", DateTimeOffset.UnixEpoch, "受理", 0, 1, "最新の提出")).ToList();
        var model = new MasterModel(2025, status, progress, indicators, findings, []);
        var sw = Stopwatch.StartNew();
        using var ms = new MemoryStream();
        using (var wb = new ClosedXML.Excel.XLWorkbook())
        {
            var ws = wb.AddWorksheet("p");
            for (var c = 1; c <= 12; c++) { ws.Column(c).Style.Alignment.WrapText = true; ws.Column(c).Style.Alignment.Vertical = ClosedXML.Excel.XLAlignmentVerticalValues.Top; }
            for (var r = 0; r < progress.Count; r++) for (var c = 1; c <= 12; c++) CellText.Set(ws.Cell(r + 2, c), progress[r].Detail);
            output.WriteLine($"values {sw.Elapsed.TotalSeconds:F1}s");
            ws.Range(1, 1, progress.Count + 1, 12).CreateTable("T");
            output.WriteLine($"table {sw.Elapsed.TotalSeconds:F1}s");
            output.WriteLine($"wrap {sw.Elapsed.TotalSeconds:F1}s");
            output.WriteLine($"vertical {sw.Elapsed.TotalSeconds:F1}s");
            var check = new MemoryStream(); wb.SaveAs(check);
            using var back = new ClosedXML.Excel.XLWorkbook(new MemoryStream(check.ToArray()));
            output.WriteLine($"wrap? {back.Worksheet(1).Cell(500, 3).Style.Alignment.WrapText} top? {back.Worksheet(1).Cell(500, 3).Style.Alignment.Vertical}");
            output.WriteLine($"save {sw.Elapsed.TotalSeconds:F1}s");
        }
        sw.Restart();
        MasterWriter.Write(model, ms);
        output.WriteLine($"write {sw.Elapsed.TotalSeconds:F1}s size {ms.Length / 1024} KB peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    }
}
