using Microsoft.Data.Sqlite;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Tests.Hostile;

namespace ProgressIngest.Worker.Tests.Ledger;

/// <summary>
/// A ledger that does not index the archive (missing, empty), is not a database, is damaged or cannot be
/// written stops `once` before anything is copied or moved, with a Japanese message naming the file: exit 4.
/// </summary>
public sealed class LedgerStartupTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Once_CopyLeftInArchiveByAnIntakeKilledBeforeItsRowWasCommitted_IsArchivedOnceNotTwiceAndNotMistakenForALostLedger(bool firstEver)
    {
        if (!firstEver)
        {
            File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "first.xlsx"), HostileFiles.Valid("bpr"));
        }

        // The service has started once (the ledger exists), and the next intake is the one killed.
        Assert.Equal(0, CliRunner.Run("once", "--root", _root.Path).ExitCode);
        SqliteConnection.ClearAllPools();

        // What a kill between the move into archive/ and the ledger commit leaves: the copy, no receipt, the inbox file.
        var content = HostileFiles.Valid("dx");
        File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "途中.xlsx"), content);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        Directory.CreateDirectory(Path.Combine(_root.Path, "archive", "dx"));
        File.WriteAllBytes(Path.Combine(_root.Path, "archive", "dx", $"20250610-100000_{hash[..8]}_途中.xlsx"), content);
        var before = _root.ArchiveFiles("bpr").Length;

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.True(code == 0, error);
        Assert.Single(_root.ArchiveFiles("dx"));
        Assert.Equal(before, _root.ArchiveFiles("bpr").Length);
        Assert.Equal(1, LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions WHERE division = 'dx'"));
    }

    [Fact]
    public void Once_CopyInArchiveWithoutARowWhoseInboxFileIsGone_IsKeptForRebuild()
    {
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "first.xlsx"), HostileFiles.Valid("bpr"));
        Assert.Equal(0, CliRunner.Run("once", "--root", _root.Path).ExitCode);
        SqliteConnection.ClearAllPools();
        var content = HostileFiles.Valid("dx");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        Directory.CreateDirectory(Path.Combine(_root.Path, "archive", "dx"));
        var orphan = Path.Combine(_root.Path, "archive", "dx", $"20250610-100000_{hash[..8]}_途中.xlsx");
        File.WriteAllBytes(orphan, content);

        CliRunner.Run("once", "--root", _root.Path);

        Assert.True(File.Exists(orphan));
    }

    [Theory]
    [InlineData("deleted")]
    [InlineData("truncated to zero bytes")]
    public void Once_LedgerLostWhileTheArchiveIsFull_RefusesAndSaysToRebuild(string how)
    {
        AcceptOneThenDropAnother();
        var master = File.ReadAllBytes(_root.MasterFile!);
        DeleteLedgerFiles();
        if (how != "deleted")
        {
            File.WriteAllBytes(_root.LedgerPath, []);
        }

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(4, code);
        Assert.Contains("rebuild", error, StringComparison.Ordinal);
        Assert.Contains(_root.LedgerPath, error, StringComparison.Ordinal);
        Assert.True(Outcomes.IsJapanese(error));
        Assert.Equal(master, File.ReadAllBytes(_root.MasterFile!));
        AssertNothingMoved();
    }

    [Theory]
    [InlineData("garbage header")]
    [InlineData("truncated")]
    public void Once_LedgerDamaged_NamesTheFileAndWhatToDoAndMovesNothing(string damage)
    {
        AcceptOneThenDropAnother();
        if (damage == "garbage header")
        {
            using var stream = new FileStream(_root.LedgerPath, FileMode.Open, FileAccess.Write);
            stream.Write("this is no database at all"u8);
        }
        else
        {
            using var stream = new FileStream(_root.LedgerPath, FileMode.Open, FileAccess.Write);
            stream.SetLength(stream.Length / 2);
        }

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(4, code);
        Assert.Contains(_root.LedgerPath, error, StringComparison.Ordinal);
        Assert.Contains("rebuild", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        AssertNothingMoved();
    }

    [LinuxFaultFact("chattr")]
    public void Once_LedgerImmutable_RefusesBeforeCopyingAnythingIntoTheArchive()
    {
        AcceptOneThenDropAnother();
        LinuxFaultFactAttribute.Chattr("+i", _root.LedgerPath);
        try
        {
            var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);
            var (again, _, _) = CliRunner.Run("once", "--root", _root.Path);

            Assert.Equal(4, code);
            Assert.Equal(4, again);
            Assert.Contains(_root.LedgerPath, error, StringComparison.Ordinal);
            Assert.Contains("書き込めません", error, StringComparison.Ordinal);
            AssertNothingMoved();
        }
        finally
        {
            LinuxFaultFactAttribute.Chattr("-i", _root.LedgerPath);
        }
    }

    [Fact]
    public void Once_EmptyArchiveAndNoLedger_StartsAFreshLedger()
    {
        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(3, LedgerProbe.Count(_root.Path, "PRAGMA user_version"));
    }

    /// <summary>One accepted submission (archived, recorded, in the master) and a second file waiting in the inbox.</summary>
    private void AcceptOneThenDropAnother()
    {
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "first.xlsx"), HostileFiles.Valid("bpr"));
        Assert.Equal(0, CliRunner.Run("once", "--root", _root.Path).ExitCode);
        File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "waiting.xlsx"), HostileFiles.Valid("dx"));
        SqliteConnection.ClearAllPools();
    }

    private void AssertNothingMoved()
    {
        Assert.True(File.Exists(Path.Combine(_root.Inbox("dx"), "waiting.xlsx")));
        Assert.Empty(_root.ArchiveFiles("dx"));
        var dx = Path.Combine(_root.Path, "archive", "dx");
        Assert.True(!Directory.Exists(dx) || Directory.GetFiles(dx).Length == 0);
        Assert.Single(_root.ArchiveFiles("bpr"));
    }

    private void DeleteLedgerFiles()
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_root.LedgerPath + suffix);
        }
    }
}
