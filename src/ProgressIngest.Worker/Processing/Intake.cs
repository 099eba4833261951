using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// The first stage: takes an inbox file into archive/ and the ledger. The order of steps is what makes a
/// kill -9 at any instant safe:
/// 1. copy to a temp file under archive/ while hashing (the inbox file is untouched);
/// 2. rename into place and insert a 'pending' ledger row (a committed row means the content is archived;
///    a failed insert removes the copy again), then write the archive receipt;
/// 3. only then remove the inbox file.
/// The "inbox cleared" mark is committed with the check's result by <see cref="Recorder"/>: until then an inbox
/// file with this key is the same drop resumed (<see cref="IntakeResult.Resumed"/>), not a duplicate.
/// </summary>
internal sealed class Intake
{
    private readonly RootLayout _layout;
    private readonly Catalogue _catalogue;
    private readonly IngestOptions _options;
    private readonly SubmissionLedger _ledger;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public Intake(RootLayout layout, Catalogue catalogue, IngestOptions options, SubmissionLedger ledger, TimeProvider clock, ILogger logger)
    {
        _layout = layout;
        _catalogue = catalogue;
        _options = options;
        _ledger = ledger;
        _clock = clock;
        _logger = logger;
    }

    public IntakeResult Take(InboxFile file)
    {
        var received = _clock.GetUtcNow();
        if (new FileInfo(file.Path).LinkTarget is not null)
        {
            // Swapped for a link after the scan: never read through it (the next scan reports it).
            Log.InboxNotice(_logger, $"{file.Path} はリンクのため読みません。");
            return new IntakeResult.NotReady();
        }

        var archiveDir = _layout.DivisionArchive(file.Division);
        Directory.CreateDirectory(archiveDir);
        var temp = Path.Combine(archiveDir, $".{Guid.NewGuid():N}{AtomicFile.TempSuffix}");
        string hash;
        long size;
        try
        {
            (hash, size) = CopyHashing(file.Path, temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Still being written, locked by the submitter's Excel, unreadable or gone.
            File.Delete(temp);
            Log.NotReady(_logger, file.Path, ex.Message);
            return File.Exists(file.Path) ? new IntakeResult.CannotOpen(IntakeProblems.Reason(ex)) : new IntakeResult.NotReady();
        }

        if (!Unchanged(file))
        {
            File.Delete(temp);
            return new IntakeResult.NotReady();
        }

        var key = new SubmissionKey(file.Division, hash, _options.Year, _catalogue.Hash);
        if (_ledger.Find(key) is { } existing)
        {
            File.Delete(temp);
            return Again(file, existing, received);
        }

        var archivePath = UniqueArchivePath(archiveDir, received, hash, file.Name);
        File.Move(temp, archivePath, overwrite: false);
        ArchivedSubmission submission;
        try
        {
            submission = Index(new ArchivedSubmission(key, file.Name, archivePath, size, received, Sequence: null, InboxCleared: false));
        }
        catch
        {
            // A ledger that refuses the row takes the archive copy back with it: archive/ holds nothing the ledger was not told about.
            File.Delete(archivePath);
            throw;
        }

        RemoveFromInbox(file);
        return new IntakeResult.Archived(submission with { InboxCleared = true });
    }

    /// <summary>
    /// Records an archived submission as pending and writes its receipt; a rebuild calls this for each archive entry,
    /// keeping the entry's old sequence when it is still free.
    /// </summary>
    public ArchivedSubmission Index(ArchivedSubmission submission)
    {
        var id = _ledger.AddPending(submission.Key, submission.OriginalName, submission.Size, submission.ArchivePath, submission.ReceivedAt, submission.InboxCleared, submission.Sequence);
        var entry = _ledger.Get(id);
        ArchiveIndex.ReceiptOf(entry, submission.Size).WriteFor(submission.ArchivePath);
        return submission with { Sequence = id };
    }

    /// <summary>Content already in the ledger under the same key: the same drop resumed after a crash, or a duplicate.</summary>
    private IntakeResult Again(InboxFile file, LedgerEntry existing, DateTimeOffset received)
    {
        RemoveFromInbox(file);
        if (!existing.InboxCleared)
        {
            _ledger.MarkInboxCleared(existing.Id);
            return new IntakeResult.Resumed(existing with { InboxCleared = true });
        }

        _ledger.RecordDuplicate(existing.Id, file.Name, received);
        Log.Duplicate(_logger, file.Division, file.Name, existing.FileName);
        return new IntakeResult.Duplicate(existing, received);
    }

    private static (string Hash, long Size) CopyHashing(string source, string destination)
    {
        // FileShare.Read: a writer still holding the file makes this fail, and we retry later.
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long size = 0;
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            output.Write(buffer, 0, read);
            size += read;
        }

        output.Flush(flushToDisk: true);
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private static bool Unchanged(InboxFile file)
    {
        var info = new FileInfo(file.Path);
        return info.Exists && info.Length == file.Length && info.LastWriteTimeUtc == file.LastWriteUtc;
    }

    private void RemoveFromInbox(InboxFile file)
    {
        // Only delete what we archived: a newer version saved meanwhile stays for the next scan.
        if (Unchanged(file))
        {
            Retry.OnSharingViolation(() => File.Delete(file.Path));
        }
        else
        {
            Log.ChangedWhileReading(_logger, file.Path);
        }
    }

    /// <summary>
    /// <c>yyyyMMdd-HHmmss_hash8_original.ext</c>; the same content can be archived again within the same second
    /// (for another reporting year or catalogue), so a taken name gets a counter before the extension.
    /// </summary>
    private static string UniqueArchivePath(string archiveDir, DateTimeOffset received, string hash, string fileName)
    {
        var extension = Path.GetExtension(fileName).Length <= 10 ? Path.GetExtension(fileName) : string.Empty;
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(archiveDir, SafeFileName.Fit(
                $"{JapanTime.Stamp(received)}_{hash[..8]}_",
                Path.GetFileNameWithoutExtension(fileName),
                n == 1 ? extension : $"({n}){extension}"));
            if (!File.Exists(path))
            {
                return path;
            }
        }
    }
}
