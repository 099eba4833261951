using Microsoft.Extensions.Hosting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Commands;

namespace ProgressIngest.Worker.Tests.Watching;

/// <summary>The real service, in-process, against a temporary root on the real file system with a real watcher.</summary>
[Collection(RealServiceTests.Name)]
public sealed class WatchServiceTests : IAsyncLifetime
{
    private readonly TempRoot _root = new();
    private IHost? _host;

    public async Task InitializeAsync()
    {
        _host = HostFactory.Build(
            CommandLine.Parse(["watch", "--root", _root.Path, "--SettleSeconds", "1", "--ScanIntervalSeconds", "2", "--MasterQuietSeconds", "1"]),
            service: true);
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        _root.Dispose();
    }

    private long Processed => LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions WHERE state = 'processed' AND feedback_written = 1");

    [Fact]
    public async Task Watch_LockFilesAndFeedbackFolder_AreIgnored_RenamedCopyIsNotMergedTwice()
    {
        var inbox = _root.Inbox("dx");
        await File.WriteAllTextAsync(Path.Combine(inbox, "~$report.xlsx"), "owner lock");
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "dx", 2025);
        var bytes = workbook.ToBytes();
        await File.WriteAllBytesAsync(Path.Combine(inbox, "report.xlsx"), bytes);

        Assert.True(await LedgerProbe.WaitUntil(() => Processed == 1, TimeSpan.FromSeconds(30)));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "report - コピー.xlsx"), bytes);
        Assert.True(await LedgerProbe.WaitUntil(() => LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM duplicates") == 1, TimeSpan.FromSeconds(30)));

        Assert.Equal(1, LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions"));
        Assert.Equal(["~$report.xlsx"], Directory.GetFiles(inbox).Select(Path.GetFileName));
        Assert.Single(_root.ArchiveFiles("dx"));
        Assert.True(await LedgerProbe.WaitUntil(() => File.Exists(Path.Combine(_root.Feedback("dx"), "report - コピー_フィードバック.xlsx")), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Watch_BurstOf200Files_EndsWithOneCorrectMasterBuiltOncePerQuietPeriod()
    {
        var files = Burst.Make(RepoPaths.Catalogue, 200);
        foreach (var (division, name, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(_root.Inbox(division), name), content);
        }

        Assert.True(await LedgerProbe.WaitUntil(() => Processed == 200, TimeSpan.FromSeconds(180)), $"processed {Processed} of 200");
        Assert.True(await LedgerProbe.WaitUntil(() => _root.MasterFile is not null && MasterCovers(files), TimeSpan.FromSeconds(30)));

        Assert.Equal(200, LedgerProbe.Count(_root.Path, "SELECT COUNT(DISTINCT hash) FROM submissions"));
        Assert.InRange(History(), 0, 10);
    }

    private int History()
    {
        var dir = Path.Combine(_root.MasterDirectory, "history");
        return Directory.Exists(dir) ? Directory.GetFiles(dir).Length : 0;
    }

    private bool MasterCovers(IReadOnlyList<(string Division, string Name, byte[] Content)> files)
    {
        try
        {
            using var master = new ClosedXML.Excel.XLWorkbook(_root.MasterFile!);
            var status = master.Worksheet("提出状況");
            var latest = files.GroupBy(f => f.Division).ToDictionary(g => g.Key, g => g.Last().Name);
            return latest.All(kv => status.RowsUsed().Any(r => r.Cell(1).GetString() == kv.Key && r.Cell(4).GetString() == kv.Value));
        }
        catch (IOException)
        {
            return false;
        }
    }
}
