using System.IO.Compression;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>
/// Files whose parts inflate to gigabytes. The pre-flight reads only the zip directory, so each is
/// refused before any parser inflates it. Time and memory are measured by the benchmark (docs/benchmarks.md);
/// here a child process of the real executable only has to finish within a generous timeout.
/// </summary>
public sealed class ZipBombTests : IClassFixture<BombCorpus>, IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(3);

    private readonly BombCorpus _bombs;
    private readonly TempRoot _root = new();
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public ZipBombTests(BombCorpus bombs, Xunit.Abstractions.ITestOutputHelper output)
    {
        _bombs = bombs;
        _output = output;
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Validate_SheetXmlInflatingToTwoGigabytes_Refused()
    {
        Assert.True(new FileInfo(_bombs.SheetBomb).Length < 20L * 1024 * 1024);
        Assert.True(BombCorpus.DeclaredSize(_bombs.SheetBomb) > 2 * BombCorpus.Gigabyte);

        var run = WorkerProcess.Run(ProcessTimeout, "validate", _bombs.SheetBomb, "--division", "bpr", "--format", "json");
        _output.WriteLine($"measured: {run.Elapsed.TotalSeconds:0.00} s, peak {run.PeakMegabytes:0} MB");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([RuleIds.FileZipBomb], Outcomes.JsonRuleIds(run.Output));
        Assert.False(run.TimedOut, run.ToString());
    }

    [Fact]
    public void Validate_OneSharedStringOfAGigabyte_Refused()
    {
        var run = WorkerProcess.Run(ProcessTimeout, "validate", _bombs.StringBomb, "--division", "bpr", "--format", "json");
        _output.WriteLine($"measured: {run.Elapsed.TotalSeconds:0.00} s, peak {run.PeakMegabytes:0} MB");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([RuleIds.FileZipBomb], Outcomes.JsonRuleIds(run.Output));
        Assert.False(run.TimedOut, run.ToString());
    }

    [Fact]
    public void Validate_ZipHeadersUnderDeclareThePartSize_RefusedWithoutInflatingIt()
    {
        var run = WorkerProcess.Run(ProcessTimeout, "validate", _bombs.LyingBomb, "--division", "bpr", "--format", "json");
        _output.WriteLine($"measured: {run.Elapsed.TotalSeconds:0.00} s, peak {run.PeakMegabytes:0} MB");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Assert.Single(Outcomes.JsonRuleIds(run.Output)), new[] { RuleIds.FileUnreadable, RuleIds.FileZipBomb });
        Assert.False(run.TimedOut, run.ToString());
    }

    [Fact]
    public void Once_ZipBombAmongGoodFiles_BombArchivedAndAnsweredGoodFilesAccepted()
    {
        File.Copy(_bombs.SheetBomb, Path.Combine(_root.Inbox("bpr"), "爆弾.xlsx"));
        var good = HostileFiles.Valid("dx");
        File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "dx報告.xlsx"), good);

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var bomb = NothingLost.Answered(_root.Path, "bpr", "爆弾.xlsx", _bombs.SheetBomb);
        Assert.Equal(nameof(Outcome.Unreadable), bomb.Outcome);
        Assert.Equal([RuleIds.FileZipBomb], bomb.RuleIds);
        Assert.Equal(nameof(Outcome.Accepted), NothingLost.Answered(_root.Path, "dx", "dx報告.xlsx", good).Outcome);
        Assert.NotNull(_root.MasterFile);
    }

    [Fact]
    public void Check_ThousandsOfZipEntries_Refused()
    {
        var bytes = HostileFiles.Rebuild(_bombs.Valid, Enumerable.Range(0, 5000).ToDictionary(i => $"xl/media/pad{i}.bin", _ => (Action<Stream>)(s => s.WriteByte(0))));

        Assert.Equal([RuleIds.FileZipBomb], Check(bytes));
    }

    [Fact]
    public void Check_TwoPartsWithTheSameName_RefusedAsAmbiguous()
    {
        using var output = new MemoryStream();
        output.Write(_bombs.Valid);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook/>");
        }

        Assert.Equal([RuleIds.FileZipBomb], Check(output.ToArray()));
    }

    [Fact]
    public void Validate_SharedStringsOverTheirOwnConfiguredCap_RefusedEvenWithTheRatioCheckOff()
    {
        var path = Path.Combine(_root.Path, "strings.xlsx");
        HostileFiles.WriteHugeSharedString(path, _bombs.Valid, 3L * 1024 * 1024);

        var (code, output, _) = CliRunner.Run("validate", path, "--division", "bpr", "--format", "json", "--MaxSharedStringsMegabytes", "1", "--MaxCompressionRatio", "100000");
        var (defaultCode, _, _) = CliRunner.Run("validate", path, "--division", "bpr", "--format", "json", "--MaxCompressionRatio", "100000");

        Assert.Equal(2, code);
        Assert.Equal([RuleIds.FileZipBomb], Outcomes.JsonRuleIds(output));
        Assert.NotEqual(2, defaultCode);
    }

    [Fact]
    public void Check_ReadCapBelowTheActualPartSize_ScannerStopsWithAZipBombFinding()
    {
        // Declared sizes are checked first; this proves the second line of defence counts what is inflated.
        var limits = ReadLimits.Default with { MaxUncompressedBytes = 4 * 1024, MaxCompressionRatio = 100_000 };
        var sheet = HostileFiles.SheetPart(_bombs.Valid, Core.Layout.SheetNames.Indicators);
        using var zip = new ZipArchive(new MemoryStream(_bombs.Valid), ZipArchiveMode.Read);
        Assert.True(zip.GetEntry(sheet)!.Length > limits.MaxUncompressedBytes);

        var ex = Assert.Throws<UnreadableFileException>(() => ErrorCellScanner.Scan(new MemoryStream(_bombs.Valid), new HashSet<string> { Core.Layout.SheetNames.Indicators }, limits.MaxUncompressedBytes, limits.MaxRowsPerSheet));

        Assert.Equal(RuleIds.FileZipBomb, ex.Finding.RuleId);
    }

    private static string[] Check(byte[] content)
    {
        var catalogue = RepoPaths.Catalogue;
        var report = SubmissionFile.Check(content, new SubmissionContext(catalogue, catalogue.FindDivision("bpr")!, new FiscalYear(2025), IndicatorHistory.FromBaseline(catalogue)), ReadLimits.Default);
        Assert.All(report.Findings, f => Assert.True(Outcomes.IsJapanese(f.Message)));
        return [.. report.Findings.Select(f => f.RuleId)];
    }
}
