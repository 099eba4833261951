using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Takes one inbox file through intake → check → record → feedback. The order of steps is what
/// makes a kill -9 at any instant safe:
/// 1. copy to a temp file under archive/ while hashing (the inbox file is untouched);
/// 2. rename into place and insert a 'pending' ledger row (a committed row means the content is archived;
///    a failed insert removes the copy again), then write the archive receipt;
/// 3. only then remove the inbox file;
/// 4. check from the archived copy and record the outcome, findings, data and "inbox cleared" in one
///    transaction (until then a re-seen inbox file with this hash is the same drop, not a duplicate);
/// 5. write feedback (see <see cref="FeedbackMode"/>) and mark it written.
/// On start-up <see cref="Recover"/> finishes rows left pending or without feedback, and an inbox
/// file whose key is in the ledger but not marked cleared is recognised as the same drop.
/// </summary>
internal sealed partial class IngestProcessor
{
    private readonly RootLayout _layout;
    private readonly Catalogue _catalogue;
    private readonly IngestOptions _options;
    private readonly SubmissionLedger _ledger;
    private readonly SubmissionState _state;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public IngestProcessor(RootLayout layout, Catalogue catalogue, IngestOptions options, SubmissionLedger ledger, TimeProvider clock, ILogger logger)
    {
        _layout = layout;
        _catalogue = catalogue;
        _options = options;
        _ledger = ledger;
        _clock = clock;
        _logger = logger;
        var published = PublishedValues.FromCatalogue(catalogue, EarlierCycles.Values(catalogue, ledger.ProcessedBefore(options.Year)));
        _state = new SubmissionState(ledger.Processed(options.Year), published);
    }

    public SubmissionState State => _state;

    /// <summary>Finishes whatever a previous run left half done.</summary>
    public int Recover() => CheckPending(FeedbackMode.Inline) + RetryMissingFeedback();

    /// <summary>Checks every row still pending, in ledger order; returns how many.</summary>
    public int CheckPending(FeedbackMode feedback)
    {
        var count = 0;
        foreach (var entry in _ledger.Pending())
        {
            Check(entry, feedback, inboxCleared: false);
            count++;
        }

        return count;
    }

    public ProcessResult Process(InboxFile file, FeedbackMode feedback)
    {
        var received = _clock.GetUtcNow();
        var archiveDir = _layout.DivisionArchive(file.Division);
        Directory.CreateDirectory(archiveDir);
        var temp = Path.Combine(archiveDir, $".{Guid.NewGuid():N}{AtomicFile.TempSuffix}");

        if (new FileInfo(file.Path).LinkTarget is not null)
        {
            // Swapped for a link after the scan: never read through it (the next scan reports it).
            Log.InboxNotice(_logger, $"{file.Path} はリンクのため読みません。");
            return ProcessResult.NotReady(file);
        }

        string hash;
        long size;
        try
        {
            (hash, size) = CopyHashing(file.Path, temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Still being written, locked by the submitter's Excel, unreadable or gone: the caller counts attempts.
            File.Delete(temp);
            Log.NotReady(_logger, file.Path, ex.Message);
            return File.Exists(file.Path) ? ProcessResult.CannotOpen(file, IntakeProblems.Reason(ex)) : ProcessResult.NotReady(file);
        }

        if (!Unchanged(file))
        {
            File.Delete(temp);
            return ProcessResult.NotReady(file);
        }

        var key = new SubmissionKey(file.Division, hash, _options.Year, _catalogue.Hash);
        var existing = _ledger.Find(key);
        if (existing is not null)
        {
            File.Delete(temp);
            return Again(file, existing, received);
        }

        var archivePath = UniqueArchivePath(archiveDir, received, hash, file.Name);
        File.Move(temp, archivePath, overwrite: false);
        LedgerEntry entry;
        try
        {
            entry = Insert(new ArchivedSubmission(key, file.Name, archivePath, size, received, null), inboxCleared: false);
        }
        catch
        {
            // A ledger that refuses the row takes the archive copy back with it: archive/ holds nothing the ledger was not told about.
            File.Delete(archivePath);
            throw;
        }

        // The "inbox cleared" mark is committed with the result (step 4): one fsync fewer per file. A crash
        // in between leaves a pending row not marked cleared whose inbox file is gone; start-up checks it,
        // and a later drop of the same content is answered as that submission, never merged twice.
        RemoveFromInbox(file);
        var (outcome, job) = Check(entry, feedback, inboxCleared: true);
        return new ProcessResult(file.Division, file.Name, outcome, false) { Feedback = job, Submission = entry.Id, Hash = hash, Size = size };
    }

    /// <summary>Adds a submission read back from archive/ (a rebuild) to the ledger as pending, keeping its sequence when it can.</summary>
    public LedgerEntry Index(ArchivedSubmission submission) => Insert(submission, inboxCleared: true);

    private LedgerEntry Insert(ArchivedSubmission submission, bool inboxCleared)
    {
        var id = _ledger.AddPending(submission.Key, submission.OriginalName, submission.Size, submission.ArchivePath, submission.ReceivedAt, inboxCleared, submission.Sequence);
        var entry = _ledger.Get(id);
        ArchiveIndex.ReceiptOf(entry, submission.Size).WriteFor(submission.ArchivePath);
        return entry;
    }

    /// <summary>Content already in the ledger under the same key: the same drop resumed after a crash, or a duplicate.</summary>
    private ProcessResult Again(InboxFile file, LedgerEntry existing, DateTimeOffset received)
    {
        RemoveFromInbox(file);
        if (!existing.InboxCleared)
        {
            // The same drop, interrupted after step 2 by a crash: finish it, it is not a duplicate.
            _ledger.MarkInboxCleared(existing.Id);
            var resumed = existing.State == LedgerState.Pending ? Check(existing, FeedbackMode.Inline, inboxCleared: false).Outcome : ResumeFeedback(existing);
            return new ProcessResult(file.Division, file.Name, resumed, false) { Submission = existing.Id, Hash = existing.Hash };
        }

        _ledger.RecordDuplicate(existing.Id, file.Name, received);
        WriteDuplicateFeedback(file, existing, received);
        Log.Duplicate(_logger, file.Division, file.Name, existing.FileName);
        return new ProcessResult(file.Division, file.Name, existing.Outcome, true) { Submission = existing.Id, Hash = existing.Hash };
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
