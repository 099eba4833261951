using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Commands;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>
/// What people (or attackers) put in the shared folders besides workbooks: links out of the root,
/// folders, files in the wrong place. Never followed, never moved or deleted, logged once.
/// </summary>
public sealed class FileSystemTrapTests : IDisposable
{
    private readonly TempRoot _root = new();
    private readonly TempRoot _outside = new();

    public void Dispose()
    {
        _root.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public async Task Watch_LinksFoldersAndStrayFiles_NeverFollowedNeverTouchedLoggedOnceWhileGoodFilesFlow()
    {
        var secret = Path.Combine(_outside.Path, "secret.xlsx");
        File.WriteAllBytes(secret, HostileFiles.Valid("bpr"));
        var secretWritten = File.GetLastWriteTimeUtc(secret);
        var secretBytes = File.ReadAllBytes(secret);
        var outsideFolder = Path.Combine(_outside.Path, "folder");
        Directory.CreateDirectory(outsideFolder);
        File.WriteAllBytes(Path.Combine(outsideFolder, "other.xlsx"), HostileFiles.Valid("dx"));

        var bpr = _root.Inbox("bpr");
        var traps = new Dictionary<string, string>
        {
            ["link"] = Path.Combine(bpr, "link.xlsx"),
            ["dangling"] = Path.Combine(bpr, "dangling.xlsx"),
            ["folderLink"] = Path.Combine(bpr, "folder-link"),
            ["divisionLink"] = Path.Combine(_root.Path, "inbox", "compliance"),
            ["subFolder"] = Path.Combine(bpr, "下書き"),
            ["stray"] = Path.Combine(_root.Path, "inbox", "所属なし.xlsx"),
            ["unknown"] = Path.Combine(_root.Path, "inbox", "keiri"),
        };
        File.CreateSymbolicLink(traps["link"], secret);
        File.CreateSymbolicLink(traps["dangling"], Path.Combine(_outside.Path, "missing.xlsx"));
        Directory.CreateSymbolicLink(traps["folderLink"], outsideFolder);
        Directory.CreateSymbolicLink(traps["divisionLink"], outsideFolder);
        Directory.CreateDirectory(traps["subFolder"]);
        File.WriteAllBytes(Path.Combine(traps["subFolder"], "old.xlsx"), HostileFiles.Valid("bpr"));
        File.WriteAllBytes(traps["stray"], HostileFiles.Valid("bpr"));
        Directory.CreateDirectory(traps["unknown"]);
        File.WriteAllBytes(Path.Combine(traps["unknown"], "keiri.xlsx"), HostileFiles.Valid("bpr"));
        var good = HostileFiles.Valid("dx");
        File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "good.xlsx"), good);
        var before = Snapshot(traps.Values);

        // Runs until the master is written (several scans by then), not for a fixed time: a busy machine only makes it slower.
        string output;
        using (var watch = ProgressIngest.Testing.ServiceProcess.Start("watch", "--root", _root.Path, "--SettleSeconds", "0.2", "--ScanIntervalSeconds", "1", "--MasterQuietSeconds", "0.2"))
        {
            await ProgressIngest.Testing.LedgerProbe.WaitUntil(() => watch.Output.Contains("Master written", StringComparison.Ordinal) || watch.HasExited, TimeSpan.FromSeconds(120));
            watch.Kill();
            output = watch.Output;
            Assert.True(output.Contains("Master written", StringComparison.Ordinal), output);
        }

        Assert.Equal(nameof(Outcome.Accepted), NothingLost.Answered(_root.Path, "dx", "good.xlsx", good).Outcome);
        Assert.Single(Outcomes.Ledger(_root.Path));
        Assert.Equal(before, Snapshot(traps.Values));
        Assert.Equal(secretBytes, File.ReadAllBytes(secret));
        Assert.Equal(secretWritten, File.GetLastWriteTimeUtc(secret));
        Assert.Equal(["other.xlsx"], Directory.GetFileSystemEntries(outsideFolder).Select(Path.GetFileName));
        foreach (var (what, path) in traps.Where(t => t.Key != "dangling"))
        {
            Assert.True(Regex.Count(output, Regex.Escape(path) + " は") == 1, $"{what}: expected one log line for {path}\n{output}");
        }
    }

    [Fact]
    public void Process_FileSwappedForALinkAfterTheScan_LinkTargetNeverRead()
    {
        var secret = Path.Combine(_outside.Path, "secret.xlsx");
        File.WriteAllBytes(secret, HostileFiles.Valid("bpr"));
        var path = Path.Combine(_root.Inbox("bpr"), "report.xlsx");
        File.WriteAllBytes(path, HostileFiles.Valid("bpr"));
        using var host = HostFactory.Build(CommandLine.Parse(["once", "--root", _root.Path]), service: false);
        var run = host.Services.GetRequiredService<IngestRun>();
        run.Start();
        var seen = Assert.Single(run.Pending());

        File.Delete(path);
        File.CreateSymbolicLink(path, secret);
        File.SetLastWriteTimeUtc(path, seen.LastWriteUtc);
        var result = run.Process(seen);

        Assert.Null(result.Outcome);
        Assert.Empty(Outcomes.Ledger(_root.Path));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root.Path, "archive", "bpr")));
        Assert.NotNull(new FileInfo(path).LinkTarget);
        Assert.True(File.Exists(secret));
    }

    [Fact]
    public void Process_FileGoneBetweenScanAndRead_NothingRecordedAndTheRunGoesOn()
    {
        var path = Path.Combine(_root.Inbox("bpr"), "消える.xlsx");
        File.WriteAllBytes(path, HostileFiles.Valid("bpr"));
        var good = HostileFiles.Valid("dx");
        File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "残る.xlsx"), good);
        using var host = HostFactory.Build(CommandLine.Parse(["once", "--root", _root.Path]), service: false);
        var run = host.Services.GetRequiredService<IngestRun>();
        run.Start();
        var pending = run.Pending();
        Assert.Equal(2, pending.Count);

        File.Delete(path);
        var results = pending.Select(run.Process).ToList();

        Assert.Null(results.Single(r => r.Division == "bpr").Outcome);
        Assert.Equal(Outcome.Accepted, results.Single(r => r.Division == "dx").Outcome);
        Assert.Equal(["残る.xlsx"], Outcomes.Ledger(_root.Path).Select(r => r.FileName));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root.Path, "archive", "bpr"), "*", SearchOption.AllDirectories));
        Assert.Empty(run.Pending());
    }

    /// <summary>Each trap, what is inside it, and the outside folder, with links shown as links: nothing may move or change.</summary>
    private string[] Snapshot(IEnumerable<string> traps)
        => [.. traps.Select(t => new FileInfo(t)).Cast<FileSystemInfo>()
            .Concat(traps.Where(t => Directory.Exists(t) && new DirectoryInfo(t).LinkTarget is null).SelectMany(t => new DirectoryInfo(t).EnumerateFileSystemInfos("*", SearchOption.AllDirectories)))
            .Concat(new DirectoryInfo(_outside.Path).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
            .Select(i => $"{i.FullName} -> {i.LinkTarget} {(i is FileInfo { Exists: true } f && f.LinkTarget is null ? f.Length : 0)} {i.LastWriteTimeUtc:O}")
            .Order(StringComparer.Ordinal)];
}
