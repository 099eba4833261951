using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Takes one inbox file through archive → ledger → check → feedback. The order of steps is what
/// makes a kill -9 at any instant safe:
/// 1. copy to a temp file under archive/ while hashing (the inbox file is untouched);
/// 2. rename into place and insert a 'pending' ledger row (a committed row means the content is archived);
/// 3. only then remove the inbox file;
/// 4. check from the archived copy and record the outcome, findings, data and "inbox cleared" in one
///    transaction (until then a re-seen inbox file with this hash is the same drop, not a duplicate);
/// 5. write feedback (in <c>once</c>, on a second thread) and mark it written.
/// On start-up <see cref="Recover"/> finishes rows left pending or without feedback, and an inbox
/// file whose hash is in the ledger but not marked cleared is recognised as the same drop.
/// </summary>
internal sealed class IngestProcessor
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
        var published = PublishedValues.FromCatalogue(catalogue, EarlierCycles.Values(catalogue, ledger.ProcessedBefore(options.ReportingYear)));
        _state = new SubmissionState(ledger.Processed(options.ReportingYear), published);
    }

    public SubmissionState State => _state;

    /// <summary>Finishes whatever a previous run left half done.</summary>
    public int Recover()
    {
        var count = 0;
        foreach (var entry in _ledger.Pending())
        {
            Check(entry);
            count++;
        }

        return count + RetryMissingFeedback();
    }

    /// <param name="deferFeedback">Hand the feedback back in the result instead of writing it (see <see cref="FeedbackJob"/>).</param>
    public ProcessResult Process(InboxFile file, bool deferFeedback = false)
    {
        var received = _clock.GetUtcNow();
        var division = _catalogue.FindDivision(file.Division)!;
        var archiveDir = _layout.DivisionArchive(division.Code);
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
            // Still being written, locked by the submitter's Excel, or gone: try again on the next scan.
            File.Delete(temp);
            Log.NotReady(_logger, file.Path, ex.Message);
            return ProcessResult.NotReady(file);
        }

        if (!Unchanged(file))
        {
            File.Delete(temp);
            return ProcessResult.NotReady(file);
        }

        var existing = _ledger.FindByHash(division.Code, hash);
        if (existing is not null)
        {
            File.Delete(temp);
            RemoveFromInbox(file);
            if (!existing.InboxCleared)
            {
                // The same drop, interrupted after step 2 by a crash: finish it, it is not a duplicate.
                _ledger.MarkInboxCleared(existing.Id);
                var resumed = existing.State == LedgerStates.Pending ? Check(existing) : ResumeFeedback(existing);
                return new ProcessResult(division.Code, file.Name, resumed, false);
            }

            _ledger.RecordDuplicate(existing.Id, file.Name, received);
            WriteDuplicateFeedback(file, existing, received);
            Log.Duplicate(_logger, division.Code, file.Name, existing.FileName);
            return new ProcessResult(division.Code, file.Name, existing.Outcome is { } o ? Enum.Parse<Outcome>(o) : null, true);
        }

        var archivePath = Path.Combine(archiveDir, ArchiveName(received, hash, file.Name));
        File.Move(temp, archivePath, overwrite: false);
        var id = _ledger.AddPending(division.Code, file.Name, hash, size, archivePath, _options.ReportingYear, received);
        // The "inbox cleared" mark is committed with the result (step 4): one fsync fewer per file. A crash
        // in between leaves a pending row not marked cleared whose inbox file is gone; start-up checks it,
        // and a later drop of the same content is answered as that submission, never merged twice.
        RemoveFromInbox(file);
        var (outcome, feedback) = Check(_ledger.Get(id), deferFeedback, inboxCleared: true);
        return new ProcessResult(division.Code, file.Name, outcome, false) { Feedback = feedback };
    }

    private Outcome ResumeFeedback(LedgerEntry entry)
    {
        var record = _state.All.First(r => r.Id == entry.Id);
        if (!entry.FeedbackWritten)
        {
            WriteFeedbackNow(PrepareFeedback(entry, record, previous: null));
        }

        return record.Outcome;
    }

    private Outcome Check(LedgerEntry entry) => Check(entry, defer: false, inboxCleared: false).Outcome;

    /// <param name="defer">Return the feedback to write instead of writing it (the caller writes it, then calls <see cref="FeedbackWritten"/>).</param>
    /// <param name="inboxCleared">This run removed the inbox file; a row checked by start-up recovery may still have one waiting.</param>
    private (Outcome Outcome, FeedbackJob? Feedback) Check(LedgerEntry entry, bool defer, bool inboxCleared)
    {
        var division = _catalogue.FindDivision(entry.Division)!;
        var context = new SubmissionContext(_catalogue, division, _options.ReportingYear, _state.History(_catalogue)) { Published = _state.Published };
        var report = CheckArchived(entry, context);
        var previous = _state.InForce(division.Code);
        var data = report.Outcome.IsAccepted() && report.Submission is not null ? AcceptedData.From(report.Submission, context) : null;
        var contact = SubmissionContact.From(report.Submission?.Cover);
        var processedAt = _clock.GetUtcNow();
        _ledger.RecordResult(entry.Id, report.Outcome, report.Findings, data, processedAt, inboxCleared, contact);
        var record = new SubmissionRecord(entry.Id, entry.Division, entry.FileName, entry.Hash, entry.ReceivedAt, report.Outcome, report.Findings, data) { Contact = contact };
        _state.Add(record);
        Log.Processed(_logger, entry.Division, entry.FileName, report.Outcome.Japanese(), report.ErrorCount, report.WarningCount);
        var job = PrepareFeedback(entry, record, previous, report.Submission is { } read ? ReadBack.From(read) : []);
        if (defer)
        {
            return (report.Outcome, job);
        }

        WriteFeedbackNow(job);
        return (report.Outcome, null);
    }

    /// <summary>Records that a deferred feedback job has been written.</summary>
    public void FeedbackWritten(IReadOnlyCollection<long> submissionIds) => _ledger.MarkFeedbackWritten(submissionIds);

    /// <summary>Writes feedback that failed earlier (a full disk, a locked file); returns how many were written.</summary>
    public int RetryMissingFeedback()
    {
        var written = 0;
        foreach (var entry in _ledger.FeedbackMissing())
        {
            var record = _state.All.FirstOrDefault(r => r.Id == entry.Id);
            if (record is null)
            {
                continue;
            }

            try
            {
                WriteFeedbackNow(PrepareFeedback(entry, record, previous: null));
                written++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Log.FeedbackFailed(_logger, ex, entry.FileName);
            }
        }

        return written;
    }

    private IngestReport CheckArchived(LedgerEntry entry, SubmissionContext context)
    {
        var extension = ExcelWorkbookReader.ExtensionOf(entry.FileName);
        if (extension is null || !ExcelWorkbookReader.SupportedExtensions.Contains(extension))
        {
            return IngestReport.Unreadable(FileProblems.Unsupported(extension ?? "拡張子なし"));
        }

        var size = new FileInfo(entry.ArchivePath).Length;
        if (size > _options.Limits.MaxFileBytes)
        {
            return IngestReport.Unreadable(FileProblems.TooLarge(size, _options.Limits.MaxFileBytes));
        }

        try
        {
            return SubmissionFile.Check(File.ReadAllBytes(entry.ArchivePath), context, _options.Limits);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A file that breaks the reader in a way we did not foresee must not stop the service or
            // come back on every scan: it is recorded as unreadable, and the log keeps the details.
            Log.CheckFailed(_logger, ex, entry.ArchivePath);
            return IngestReport.Unreadable(FileProblems.Corrupt("想定外の形式"));
        }
    }

    /// <param name="readBack">What was read from the file; empty when the submission is not at hand (a retried feedback).</param>
    private FeedbackJob PrepareFeedback(LedgerEntry entry, SubmissionRecord record, SubmissionRecord? previous, IReadOnlyList<ReadBackRow>? readBack = null)
    {
        var division = _catalogue.FindDivision(entry.Division)!;
        var folder = _layout.Feedback(division.Code);
        string? note = null;
        string? annotatedPath = null;
        if (record.Findings.Any(f => f.Cell is not null))
        {
            if (ExcelWorkbookReader.ExtensionOf(entry.FileName) is ".xlsx" or ".xlsm")
            {
                annotatedPath = Path.Combine(folder, FeedbackNames.AnnotatedCopy(entry.FileName));
            }
            else
            {
                note = FeedbackJob.LegacyNote;
            }
        }

        var changes = previous?.Data is not null && record.Data is not null
            ? ChangeDetector.Compare(previous.Data, record.Data, _catalogue)
            : [];
        var input = new FeedbackInput(division.Code, division.Name, entry.FileName, entry.ReceivedAt, record.Outcome, record.Findings, changes, note) { ReadBack = readBack ?? [] };
        return new FeedbackJob(entry.Id, Path.Combine(folder, FeedbackNames.Report(entry.FileName)), entry.ArchivePath, annotatedPath, input);
    }

    private void WriteFeedbackNow(FeedbackJob job)
    {
        job.Write();
        _ledger.MarkFeedbackWritten([job.SubmissionId]);
    }

    private void WriteDuplicateFeedback(InboxFile file, LedgerEntry existing, DateTimeOffset received)
    {
        var division = _catalogue.FindDivision(file.Division)!;
        var outcome = existing.Outcome is { } o ? Enum.Parse<Outcome>(o) : Outcome.Unreadable;
        var finding = Finding.ForFile(
            RuleIds.DuplicateContent,
            $"このファイルは、{existing.ReceivedAt.ToOffset(JapanTime.Offset):yyyy/MM/dd HH:mm}に受け付けた「{existing.FileName}」と内容が同じため、再処理していません（前回の結果: {outcome.Japanese()}）。",
            "修正した内容を提出する場合は、ファイルを修正・保存してから提出してください。前回の指摘は前回のフィードバックを参照してください。");
        var input = new FeedbackInput(division.Code, division.Name, file.Name, received, outcome, [finding], [], null);
        AtomicFile.Write(Path.Combine(_layout.Feedback(division.Code), FeedbackNames.Report(file.Name)), s => FeedbackWriter.Write(input, s));
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

    private static string ArchiveName(DateTimeOffset received, string hash, string fileName)
        => SafeFileName.Fit(
            $"{received.ToOffset(TimeSpan.FromHours(9)):yyyyMMdd-HHmmss}_{hash[..8]}_",
            Path.GetFileNameWithoutExtension(fileName),
            Path.GetExtension(fileName).Length <= 10 ? Path.GetExtension(fileName) : string.Empty);
}
