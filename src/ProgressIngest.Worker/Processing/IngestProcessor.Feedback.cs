using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

internal sealed partial class IngestProcessor
{
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

    /// <summary>
    /// Tells the division that a file in its folder could not be opened, after the caller's bounded attempts.
    /// Nothing is archived or recorded (there are no bytes to keep); the file stays where it is.
    /// </summary>
    public void AnswerUnopenable(InboxFile file, string reason)
    {
        Log.CannotOpen(_logger, file.Path, reason);
        var finding = IntakeProblems.CannotOpen(reason);
        var input = new FeedbackInput(file.Division, DivisionName(file.Division), file.Name, _clock.GetUtcNow(), Outcome.Unreadable, [finding], [], null);
        var path = Path.Combine(_layout.Feedback(file.Division), FeedbackNames.Report(file.Name));
        FeedbackHistory.MakeRoom(path);
        AtomicFile.Write(path, s => FeedbackWriter.Write(input, s));
    }

    private Outcome ResumeFeedback(LedgerEntry entry)
    {
        var record = _state.All.FirstOrDefault(r => r.Id == entry.Id);
        if (!entry.FeedbackWritten && record is not null)
        {
            WriteFeedbackNow(PrepareFeedback(entry, record, previous: null));
        }

        return entry.Outcome ?? Outcome.Unreadable;
    }

    /// <param name="readBack">What was read from the file; empty when the submission is not at hand (a retried feedback).</param>
    private FeedbackJob PrepareFeedback(LedgerEntry entry, SubmissionRecord record, SubmissionRecord? previous, IReadOnlyList<ReadBackRow>? readBack = null)
    {
        var folder = _layout.Feedback(entry.Division);
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
        var input = new FeedbackInput(entry.Division, DivisionName(entry.Division), entry.FileName, entry.ReceivedAt, record.Outcome, record.Findings, changes, note) { ReadBack = readBack ?? [] };
        return new FeedbackJob(entry.Id, Path.Combine(folder, FeedbackNames.Report(entry.FileName)), entry.ArchivePath, annotatedPath, input);
    }

    /// <summary>A division removed from the registry keeps its code as its name.</summary>
    private string DivisionName(string code) => _catalogue.FindDivision(code)?.Name ?? code;

    private void WriteFeedbackNow(FeedbackJob job)
    {
        job.Write();
        _ledger.MarkFeedbackWritten([job.SubmissionId]);
    }

    private void WriteDuplicateFeedback(InboxFile file, LedgerEntry existing, DateTimeOffset received)
    {
        var outcome = existing.Outcome ?? Outcome.Unreadable;
        var finding = Finding.ForFile(
            RuleIds.DuplicateContent,
            $"このファイルは、{JapanTime.Format(existing.ReceivedAt)}に受け付けた「{existing.FileName}」と内容が同じため、再処理していません（前回の結果: {outcome.Japanese()}）。",
            "修正した内容を提出する場合は、ファイルを修正・保存してから提出してください。前回の指摘は feedback フォルダ（以前のものは feedback/history）の前回のフィードバックを参照してください。");
        var input = new FeedbackInput(file.Division, DivisionName(file.Division), file.Name, received, outcome, [finding], [], null);
        var path = Path.Combine(_layout.Feedback(file.Division), FeedbackNames.Report(file.Name));
        FeedbackHistory.MakeRoom(path);
        AtomicFile.Write(path, s => FeedbackWriter.Write(input, s));
    }
}
