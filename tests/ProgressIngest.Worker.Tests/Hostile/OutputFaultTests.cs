using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Commands;
using ProgressIngest.Worker.Files;
using Xunit.Abstractions;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>
/// The outputs fail: a full disk under master/ or feedback/, a master that cannot be replaced. Nothing
/// half-written replaces a good file, nothing recorded is lost, and the next attempt completes the work.
/// </summary>
public sealed class OutputFaultTests : IDisposable
{
    private readonly TempRoot _root = new();
    private readonly ITestOutputHelper _output;

    public OutputFaultTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Write_WriterFailsPartWay_OldFileUntouchedAndNoTempLeft()
    {
        var path = Path.Combine(_root.Path, "master.xlsx");
        File.WriteAllBytes(path, [1, 2, 3]);

        Assert.Throws<IOException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["master.xlsx"], Directory.GetFiles(_root.Path).Select(Path.GetFileName));
    }

    [LinuxFaultFact("unshare")]
    public void Once_MasterFolderOnAFullDisk_OldMasterIntactSubmissionRecordedMasterWrittenNextRun()
    {
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "first.xlsx"), HostileFiles.Valid("bpr"));
        CliRunner.Run("once", "--root", _root.Path);
        var oldMaster = File.ReadAllBytes(_root.MasterFile!);
        var second = HostileFiles.Valid("dx");
        File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "second.xlsx"), second);

        // Inside the namespace master/ is a 1 MB tmpfs holding the old master, filled so that only the history copy fits.
        const string Script = """
            dll="$1"; root="$2"; master="$root/master"
            cp -a "$master" "$root/master.before"
            mount -t tmpfs -o size=1m tmpfs "$master" || exit 90
            cp -a "$root/master.before/." "$master/"
            size=$(stat -c %s "$master"/*.xlsx)
            avail=$(df --output=avail -B1 "$master" | tail -1)
            head -c $((avail - size - 8192)) /dev/zero > "$master/filler"
            dotnet "$dll" once --root "$root"
            echo "exit=$?"
            echo "master=$(sha256sum "$master"/*.xlsx | cut -c1-64)"
            echo "entries=$(ls -A "$master" | tr '\n' ' ')"
            """;
        var run = WorkerProcess.RunInMountNamespace(Script, TimeSpan.FromSeconds(90), _root.Path);
        _output.WriteLine(run.ToString());
        Directory.Delete(Path.Combine(_root.Path, "master.before"), recursive: true);

        Assert.Contains($"master={Convert.ToHexStringLower(SHA256.HashData(oldMaster))}", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(AtomicFile.TempSuffix, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("exit=0", run.Output, StringComparison.Ordinal);
        Assert.Equal(nameof(Outcome.Accepted), NothingLost.Answered(_root.Path, "dx", "second.xlsx", second).Outcome);

        var (code, _, _) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(0, code);
        Assert.Contains("second.xlsx", Outcomes.WorkbookText(_root.MasterFile!), StringComparison.Ordinal);
    }

    [LinuxFaultFact("unshare")]
    public void Once_FeedbackFolderOnAFullDisk_ResultKeptAndFeedbackWrittenOnTheNextRun()
    {
        var content = HostileFiles.Valid("bpr");
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "report.xlsx"), content);
        Directory.CreateDirectory(_root.Feedback("bpr"));

        const string Script = """
            dll="$1"; root="$2"
            mount -t tmpfs -o size=4k tmpfs "$root/inbox/bpr/feedback" || exit 90
            dotnet "$dll" once --root "$root"
            echo "exit=$?"
            echo "entries=$(ls -A "$root/inbox/bpr/feedback" | tr '\n' ' ')"
            """;
        var run = WorkerProcess.RunInMountNamespace(Script, TimeSpan.FromSeconds(90), _root.Path);
        _output.WriteLine(run.ToString());

        Assert.Contains("Failed to write feedback", run.Error, StringComparison.Ordinal);
        Assert.Equal("entries=", run.Output.Split('\n').Single(l => l.StartsWith("entries=", StringComparison.Ordinal)).Trim());
        var pending = Outcomes.Row(_root.Path, "report.xlsx");
        Assert.Equal(nameof(Outcome.Accepted), pending.Outcome);
        Assert.False(pending.FeedbackWritten);
        Assert.True(File.Exists(pending.ArchivePath));

        CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(nameof(Outcome.Accepted), NothingLost.Answered(_root.Path, "bpr", "report.xlsx", content).Outcome);
        Assert.Single(Outcomes.Ledger(_root.Path));
    }

    [LinuxFaultFact("chattr")]
    public async Task Watch_MasterCannotBeReplaced_ServiceKeepsProcessingAndPublishesOnceItCan()
    {
        using var host = HostFactory.Build(
            CommandLine.Parse(["watch", "--root", _root.Path, "--SettleSeconds", "0.3", "--ScanIntervalSeconds", "1", "--MasterQuietSeconds", "0.3"]),
            service: true);
        await host.StartAsync();
        string? locked = null;
        try
        {
            File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "first.xlsx"), HostileFiles.Valid("bpr"));
            Assert.True(await LedgerProbe.WaitUntil(() => MasterMentions("first.xlsx"), TimeSpan.FromSeconds(30)));
            locked = _root.MasterFile!;
            var before = File.ReadAllBytes(locked);
            LinuxFaultFactAttribute.Chattr("+i", locked);

            File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "second.xlsx"), HostileFiles.Valid("dx"));
            Assert.True(await LedgerProbe.WaitUntil(() => Answered() == 2, TimeSpan.FromSeconds(30)));
            Assert.True(await LedgerProbe.WaitUntil(() => HistoryCopies() >= 1, TimeSpan.FromSeconds(30)));
            File.WriteAllBytes(Path.Combine(_root.Inbox("kenshu"), "third.xlsx"), HostileFiles.Valid("kenshu"));
            Assert.True(await LedgerProbe.WaitUntil(() => Answered() == 3, TimeSpan.FromSeconds(45)));
            Assert.Equal(before, File.ReadAllBytes(locked));

            LinuxFaultFactAttribute.Chattr("-i", locked);
            locked = null;

            Assert.True(await LedgerProbe.WaitUntil(() => MasterMentions("second.xlsx") && MasterMentions("third.xlsx"), TimeSpan.FromSeconds(45)));
            Assert.True(await LedgerProbe.WaitUntil(() => Directory.GetFiles(_root.MasterDirectory, "*" + AtomicFile.TempSuffix).Length == 0, TimeSpan.FromSeconds(10)));
            Assert.Equal(3, Outcomes.Ledger(_root.Path).Count(r => r.Outcome == nameof(Outcome.Accepted)));
        }
        finally
        {
            if (locked is not null)
            {
                LinuxFaultFactAttribute.Chattr("-i", locked);
            }

            await host.StopAsync();
        }
    }

    private long Answered() => LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions WHERE feedback_written = 1");

    private int HistoryCopies()
    {
        var dir = Path.Combine(_root.MasterDirectory, "history");
        return Directory.Exists(dir) ? Directory.GetFiles(dir).Length : 0;
    }

    private bool MasterMentions(string fileName)
    {
        try
        {
            return _root.MasterFile is { } master && Outcomes.WorkbookText(master).Contains(fileName, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
