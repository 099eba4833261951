using System.Diagnostics;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Watching;

/// <summary>The service as a separate process, killed with SIGKILL in the middle of a burst and started again.</summary>
[Collection(RealServiceTests.Name)]
public sealed class CrashRecoveryTests : IDisposable
{
    private const int FileCount = 40;
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    private long Processed => LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions WHERE state = 'processed' AND feedback_written = 1");

    private long Recorded => LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions");

    [Fact]
    public async Task Watch_KilledRepeatedlyDuringABurst_ProcessesEveryFileExactlyOnce()
    {
        var files = Burst.Make(RepoPaths.Catalogue, FileCount);
        foreach (var (division, name, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(_root.Inbox(division), name), content);
        }

        foreach (var killAfter in new[] { 3, 12, 25 })
        {
            using var service = Start();
            Assert.True(await LedgerProbe.WaitUntil(() => Recorded >= killAfter, TimeSpan.FromSeconds(120)), $"recorded {Recorded}");
            await Task.Delay(Random.Shared.Next(0, 150));
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }

        using (var final = Start())
        {
            var done = await LedgerProbe.WaitUntil(() => Processed == FileCount && InboxEmpty() && MasterFresh(), TimeSpan.FromSeconds(180));
            final.Kill(entireProcessTree: true);
            await final.WaitForExitAsync();
            Assert.True(done, $"processed {Processed}/{FileCount}, inbox empty {InboxEmpty()}, master fresh {MasterFresh()}");
        }

        Assert.Equal(FileCount, Recorded);
        Assert.Equal(FileCount, LedgerProbe.Count(_root.Path, "SELECT COUNT(DISTINCT hash) FROM submissions"));
        Assert.Equal(0, LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM duplicates"));
        Assert.Equal(FileCount, RepoPaths.Catalogue.Divisions.Sum(d => _root.ArchiveFiles(d.Code).Length));
        foreach (var (division, name, _) in files)
        {
            Assert.True(File.Exists(Path.Combine(_root.Feedback(division), Path.GetFileNameWithoutExtension(name) + "_フィードバック.xlsx")), name);
        }

        using var master = new ClosedXML.Excel.XLWorkbook(_root.MasterFile!);
        var status = master.Worksheet("提出状況");
        foreach (var latest in files.GroupBy(f => f.Division).Select(g => g.Last()))
        {
            Assert.Contains(status.RowsUsed(), r => r.Cell(1).GetString() == latest.Division && r.Cell(4).GetString() == latest.Name);
        }
    }

    [Fact]
    public async Task Once_KilledWhileFeedbackIsWrittenOnTheSecondCore_NextRunFinishesEverything()
    {
        var files = Burst.Make(RepoPaths.Catalogue, FileCount);
        foreach (var (division, name, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(_root.Inbox(division), name), content);
        }

        using (var once = Start("once"))
        {
            Assert.True(await LedgerProbe.WaitUntil(() => Recorded >= FileCount / 2 || once.HasExited, TimeSpan.FromSeconds(120)));
            once.Kill(entireProcessTree: true);
            await once.WaitForExitAsync();
        }

        var (code, output, _) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(0, code);
        Assert.Contains("同一内容 0 件", output);
        Assert.Equal(FileCount, Processed);
        Assert.Equal(FileCount, LedgerProbe.Count(_root.Path, "SELECT COUNT(DISTINCT hash) FROM submissions"));
        Assert.True(InboxEmpty());
        foreach (var (division, name, _) in files)
        {
            Assert.True(File.Exists(Path.Combine(_root.Feedback(division), Path.GetFileNameWithoutExtension(name) + "_フィードバック.xlsx")), name);
        }
    }

    private bool InboxEmpty() => RepoPaths.Catalogue.Divisions.All(d => Directory.GetFiles(_root.Inbox(d.Code)).Length == 0);

    private bool MasterFresh()
        => _root.MasterFile is { } master
           && LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions WHERE processed_at IS NOT NULL") == FileCount
           && File.GetLastWriteTimeUtc(master) > File.GetLastWriteTimeUtc(Path.Combine(_root.Path, "state", "ledger.db")).AddSeconds(-30)
           && MasterNamesLatest();

    private bool MasterNamesLatest()
    {
        try
        {
            using var master = new ClosedXML.Excel.XLWorkbook(_root.MasterFile!);
            return master.Worksheet("提出状況").RowsUsed().Count(r => r.Cell(4).GetString().StartsWith("提出_", StringComparison.Ordinal)) == RepoPaths.Catalogue.Divisions.Count
                && master.Worksheet("提出状況").RowsUsed().Any(r => r.Cell(4).GetString() == $"提出_{FileCount - 1:D4}.xlsx");
        }
        catch (IOException)
        {
            return false;
        }
    }

    private Process Start(string command = "watch")
    {
        var worker = Path.Combine(AppContext.BaseDirectory, "ProgressIngest.Worker.dll");
        var info = new ProcessStartInfo("dotnet", [worker, command, "--root", _root.Path, "--SettleSeconds", "0.3", "--ScanIntervalSeconds", "1", "--MasterQuietSeconds", "0.5"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
