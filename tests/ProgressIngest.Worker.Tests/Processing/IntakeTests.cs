using Microsoft.Extensions.Logging.Abstractions;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Processing;

public sealed class IntakeTests : IDisposable
{
    private readonly StageRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public void Take_NewFile_ArchivesTheExactBytesRecordsAPendingRowAndEmptiesTheInbox()
    {
        var file = _rig.Drop("bpr", "報告.xlsx");
        var bytes = File.ReadAllBytes(file.Path);

        var submission = _rig.Archive(file);

        Assert.Equal(bytes, File.ReadAllBytes(submission.ArchivePath));
        Assert.False(File.Exists(file.Path));
        Assert.True(submission.InboxCleared);
        Assert.Equal(StageRig.Now, submission.ReceivedAt);
        Assert.StartsWith("20250610-100000_", Path.GetFileName(submission.ArchivePath), StringComparison.Ordinal);
        var row = _rig.Ledger.Get(submission.Id);
        Assert.Equal(LedgerState.Pending, row.State);
        Assert.Equal(("bpr", "報告.xlsx", bytes.LongLength, 2025), (row.Division, row.FileName, row.Size, row.ReportingYear.StartYear));
        Assert.True(File.Exists(ArchiveReceipt.PathFor(submission.ArchivePath)));
    }

    [Fact]
    public void Take_SameBytesAgainAfterTheFirstWasFinished_IsADuplicateSeenAtTheClocksTime()
    {
        var file = _rig.Drop("bpr", "報告.xlsx");
        var bytes = File.ReadAllBytes(file.Path);
        var first = _rig.TakeCheckRecord(file);
        _rig.Clock.Advance(TimeSpan.FromHours(2));

        var again = _rig.Intake.Take(_rig.DropBytes("bpr", "報告（再）.xlsx", bytes));

        var duplicate = Assert.IsType<IntakeResult.Duplicate>(again);
        Assert.Equal(first.Submission.Id, duplicate.Existing.Id);
        Assert.Equal(StageRig.Now.AddHours(2), duplicate.SeenAt);
        Assert.Empty(Directory.GetFiles(_rig.Root.Inbox("bpr")));
        Assert.Single(_rig.Root.ArchiveFiles("bpr"));
    }

    [Fact]
    public void Take_SameBytesWhileTheFirstDropWasNeverMarkedCleared_ResumesThatDropInsteadOfADuplicate()
    {
        var file = _rig.Drop("bpr", "報告.xlsx");
        var bytes = File.ReadAllBytes(file.Path);
        _rig.Archive(file);

        // A crash after archiving and before the result was recorded: the same file is still (again) in the inbox.
        var again = _rig.Intake.Take(_rig.DropBytes("bpr", "報告.xlsx", bytes));

        var resumed = Assert.IsType<IntakeResult.Resumed>(again);
        Assert.Equal(LedgerState.Pending, resumed.Entry.State);
        Assert.True(_rig.Ledger.Get(resumed.Entry.Id).InboxCleared);
        Assert.Single(_rig.Root.ArchiveFiles("bpr"));
    }

    [Fact]
    public void Take_FileChangedSinceTheScan_IsNotReadyAndLeavesNothingInArchive()
    {
        var file = _rig.Drop("bpr", "報告.xlsx");
        File.AppendAllText(file.Path, "still being written");

        var result = _rig.Intake.Take(file);

        Assert.IsType<IntakeResult.NotReady>(result);
        Assert.True(File.Exists(file.Path));
        Assert.Empty(Directory.GetFiles(_rig.Layout.DivisionArchive("bpr")));
        Assert.True(_rig.Ledger.IsEmpty);
    }

    [Fact]
    public void Take_FileGoneSinceTheScan_IsNotReadyRatherThanUnopenable()
    {
        var file = _rig.Drop("bpr", "報告.xlsx");
        File.Delete(file.Path);

        Assert.IsType<IntakeResult.NotReady>(_rig.Intake.Take(file));
        Assert.Empty(Directory.GetFiles(_rig.Layout.DivisionArchive("bpr")));
    }

    [Fact]
    public void Index_ArchiveEntryWithAFreeSequence_KeepsItAndItsReceiptTime()
    {
        var file = _rig.Drop("bpr", "報告.xlsx");
        var archived = _rig.Archive(file);
        using var rebuilt = SubmissionLedger.Open(Path.Combine(_rig.Root.Path, "state", "rebuilt.db"));
        var intake = new Intake(_rig.Layout, RepoPaths.Catalogue, _rig.Options, rebuilt, _rig.Clock, NullLogger.Instance);

        var indexed = intake.Index(archived with { Sequence = 41 });

        var row = rebuilt.Get(41);
        Assert.Equal(41, indexed.Id);
        Assert.Equal((StageRig.Now, "報告.xlsx", LedgerState.Pending), (row.ReceivedAt, row.FileName, row.State));
    }
}
