using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Commands;

/// <summary>The ledger is an index of archive/: `rebuild` re-creates it, and the master, from the archive alone.</summary>
public sealed class RebuildCommandTests : IDisposable
{
    private const string Receipts = "SELECT group_concat(division || '|' || file_name || '|' || received_at || '|' || outcome, ';') FROM (SELECT * FROM submissions ORDER BY id)";
    private const string Fingerprint = "SELECT value FROM meta WHERE key = 'master_fingerprint'";

    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Rebuild_AfterTheLedgerWasDeleted_SameMasterContentAndReceiptTimes()
    {
        SamplesThenAReplacement();
        var receipts = LedgerProbe.Text(_root.Path, Receipts);
        var fingerprint = LedgerProbe.Text(_root.Path, Fingerprint);
        var feedback = FeedbackFiles();
        DeleteLedger();

        var (code, output, error) = CliRunner.Run("rebuild", "--root", _root.Path);

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains("11 件", output, StringComparison.Ordinal);
        Assert.Equal(receipts, LedgerProbe.Text(_root.Path, Receipts));
        Assert.Equal(fingerprint, LedgerProbe.Text(_root.Path, Fingerprint));
        Assert.Equal(feedback, FeedbackFiles());
        Assert.Equal(0, CliRunner.Run("once", "--root", _root.Path).ExitCode);
    }

    [Fact]
    public void Rebuild_WithFeedback_WritesItAgainKeepingTheEarlierInHistory()
    {
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "report.xlsx"), Hostile.HostileFiles.Valid("bpr"));
        CliRunner.Run("once", "--root", _root.Path);

        var (code, _, _) = CliRunner.Run("rebuild", "--feedback", "--root", _root.Path);

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(_root.Feedback("bpr"), "report_フィードバック.xlsx")));
        Assert.Single(Directory.GetFiles(Path.Combine(_root.Feedback("bpr"), "history")));
        Assert.Single(Directory.GetFiles(Path.Combine(_root.Path, "state"), "ledger.db.before-rebuild-*"), f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal));
    }

    [Fact]
    public void Rebuild_ArchiveOfAnEarlierReleaseWithoutReceipts_TakesNameTimeAndOrderFromTheArchivedName()
    {
        SamplesThenAReplacement();
        var before = LedgerProbe.Text(_root.Path, "SELECT group_concat(division || '|' || file_name || '|' || outcome || '|' || substr(received_at, 1, 19), ';') FROM (SELECT * FROM submissions ORDER BY id)");
        DeleteLedger();
        foreach (var receipt in Directory.GetFiles(Path.Combine(_root.Path, "archive"), "*.receipt.json", SearchOption.AllDirectories))
        {
            File.Delete(receipt);
        }

        var (code, _, _) = CliRunner.Run("rebuild", "--root", _root.Path);

        Assert.Equal(0, code);
        var after = LedgerProbe.Text(_root.Path, "SELECT group_concat(division || '|' || file_name || '|' || outcome || '|' || substr(received_at, 1, 19), ';') FROM (SELECT * FROM submissions ORDER BY id)");
        Assert.Equal(Sorted(before), Sorted(after));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_root.Path, "archive"), "*.receipt.json", SearchOption.AllDirectories));
    }

    private static string[] Sorted(string? rows) => [.. (rows ?? string.Empty).Split(';').Order(StringComparer.Ordinal)];

    /// <summary>The ten samples, then a second accepted bpr file: the ledger order decides which is in force.</summary>
    private void SamplesThenAReplacement()
    {
        _root.CopySamples();
        Assert.Equal(0, CliRunner.Run("once", "--root", _root.Path).ExitCode);
        using (var second = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025))
        {
            second.MeasureCell("1-3-04", Core.Layout.MeasureColumns.Detail).SetValue("改訂版の実績");
            second.SaveAs(Path.Combine(_root.Inbox("bpr"), "改訂版.xlsx"));
        }

        Assert.Equal(0, CliRunner.Run("once", "--root", _root.Path).ExitCode);
    }

    private void DeleteLedger()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_root.LedgerPath + suffix);
        }
    }

    private string[] FeedbackFiles()
        => [.. Directory.GetFiles(Path.Combine(_root.Path, "inbox"), "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(_root.Path, f)} {File.GetLastWriteTimeUtc(f):O}")
            .Order(StringComparer.Ordinal)];
}
