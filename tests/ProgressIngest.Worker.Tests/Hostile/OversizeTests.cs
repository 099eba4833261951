using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Processing;
using Xunit.Abstractions;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>Too big in bytes, rows, columns or characters: refused or cut with a finding, never an out-of-memory.</summary>
public sealed class OversizeTests : IDisposable
{
    private readonly TempRoot _root = new();
    private readonly ITestOutputHelper _output;

    public OversizeTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Once_FileOverTheSizeLimit_RefusedUnreadAndKept()
    {
        var noise = new byte[21 * 1024 * 1024];
        new Random(7).NextBytes(noise);
        var bytes = HostileFiles.Rebuild(HostileFiles.Valid(), new Dictionary<string, Action<Stream>> { ["xl/media/image1.bin"] = s => s.Write(noise) });
        Assert.True(bytes.Length > 20 * 1024 * 1024);
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "大きすぎる.xlsx"), bytes);

        var (code, _, _) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(0, code);
        var row = NothingLost.Answered(_root.Path, "bpr", "大きすぎる.xlsx", bytes);
        Assert.Equal(nameof(Outcome.Unreadable), row.Outcome);
        Assert.Equal([RuleIds.FileTooLarge], row.RuleIds);
    }

    [Fact]
    public void Validate_SheetWith300000Rows_StopsAtTheRowCap()
    {
        var path = Path.Combine(_root.Path, "rows.xlsx");
        HostileFiles.WriteManyRows(path, HostileFiles.Valid(), SheetNames.Indicators, 300_000);

        // Time and memory are the benchmark's to measure; here only a generous limit against a hang.
        var run = WorkerProcess.Run(TimeSpan.FromMinutes(5), "validate", path, "--division", "bpr", "--format", "json");
        _output.WriteLine($"measured: {run.Elapsed.TotalSeconds:0.00} s, peak {run.PeakMegabytes:0} MB, file {new FileInfo(path).Length / 1024} KB");

        Assert.Equal(1, run.ExitCode);
        var rules = Outcomes.JsonRuleIds(run.Output);
        Assert.Contains(RuleIds.FileTooLarge, rules);
        Assert.False(run.TimedOut, run.ToString());
    }

    [Fact]
    public void Check_DataInTheLastExcelColumn_TemplateColumnsReadAndAWarningForTheRest()
    {
        var cells = string.Concat(Enumerable.Range(9, 16_376).Select(c => $"<c r=\"{CellRef.ColumnLetters(c)}4\"><v>{c}</v></c>"));
        var bytes = HostileFiles.EditSheet(HostileFiles.Valid(), SheetNames.Indicators, xml => xml.Replace("<x:row r=\"4\"", "<x:row r=\"4\" data-x=\"1\"", StringComparison.Ordinal));
        bytes = HostileFiles.WithCell(bytes, SheetNames.Indicators, "I4", cells);

        var report = Check(bytes);

        Assert.Equal(Outcome.AcceptedWithWarnings, report.Outcome);
        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.ColumnsTruncated, SheetNames.Indicators), (finding.RuleId, finding.Sheet));
    }

    [Fact]
    public void Check_CellAddressBeyondTheLastExcelColumn_BoundedAndReported()
    {
        var bytes = HostileFiles.WithCell(HostileFiles.Valid(), SheetNames.Indicators, "I4", "<c r=\"ZZZZZ4\"><v>1</v></c>");

        var report = Check(bytes);

        _output.WriteLine(string.Join(", ", report.Findings.Select(f => f.RuleId)));
        Assert.NotEqual(Outcome.Accepted, report.Outcome);
        Assert.All(report.Findings, f => Assert.True(Outcomes.IsJapanese(f.Message)));
    }

    [Fact]
    public void Once_CellWith32767Characters_RefusedAtThatCellAndNoCutTextReachesTheMaster()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var cell = workbook.MeasureCell("1-3-04", MeasureColumns.Detail);
        cell.SetValue(string.Concat(Enumerable.Repeat("実績😀", 32_764 / 4)) + "XYZ");
        Assert.Equal(32_767, cell.GetString().Length);
        var bytes = workbook.ToBytes();
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "長文.xlsx"), bytes);

        var (code, _, _) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(0, code);
        var row = NothingLost.Answered(_root.Path, "bpr", "長文.xlsx", bytes);
        Assert.Equal(nameof(Outcome.Returned), row.Outcome);
        var truncated = Assert.Single(row.Findings, f => f.RuleId == RuleIds.TextTruncated);
        Assert.Equal((SheetNames.Measures, cell.Address.ToString(), "Error"), (truncated.Sheet, truncated.Cell, truncated.Severity));
        using var master = new ClosedXML.Excel.XLWorkbook(_root.MasterFile!);
        Assert.DoesNotContain(master.Worksheet(SheetNames.Measures).CellsUsed(), c => c.GetString().Contains("実績😀実績", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--MaxFileMegabytes", "0")]
    [InlineData("--MaxCellChars", "40000")]
    [InlineData("--MaxCompressionRatio", "1")]
    [InlineData("--MaxColumns", "3")]
    public void Once_LimitOutOfRange_RefusesToStartAndSaysWhich(string option, string value)
    {
        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path, option, value);

        Assert.Equal(2, code);
        Assert.Contains(option.TrimStart('-'), error, StringComparison.Ordinal);
        Assert.True(Outcomes.IsJapanese(error));
        Assert.False(Directory.Exists(Path.Combine(_root.Path, "state")));
    }

    private static IngestReport Check(byte[] content)
    {
        var catalogue = RepoPaths.Catalogue;
        return SubmissionFile.Check(content, new SubmissionContext(catalogue, catalogue.FindDivision("bpr")!, new FiscalYear(2025), IndicatorHistory.FromBaseline(catalogue)), ReadLimits.Default);
    }
}
