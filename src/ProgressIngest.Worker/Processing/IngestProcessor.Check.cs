using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

internal sealed partial class IngestProcessor
{
    /// <summary>Checks an archived submission, records the result, and sends its feedback where <paramref name="feedback"/> says.</summary>
    /// <param name="inboxCleared">This run removed the inbox file; a row checked by start-up recovery may still have one waiting.</param>
    private (Outcome Outcome, FeedbackJob? Feedback) Check(LedgerEntry entry, FeedbackMode feedback, bool inboxCleared)
    {
        var division = _catalogue.FindDivision(entry.Division);

        // A division removed from the registry while its file waited: answered, recorded, never a crash.
        var context = division is null ? null : ContextFor(entry, division);
        var started = _clock.GetTimestamp();
        var report = context is null
            ? new IngestReport(Outcome.Returned, [IntakeProblems.DivisionUnregistered(entry.Division)], null)
            : CheckArchived(entry, context);
        var checkTime = _clock.GetElapsedTime(started);
        var previous = _state.InForce(entry.Division);
        var data = report.Outcome.IsAccepted() && report.Submission is not null ? AcceptedData.From(report.Submission, context!) : null;
        var contact = SubmissionContact.From(report.Submission?.Cover);
        _ledger.RecordResult(entry.Id, report.Outcome, report.Findings, data, _clock.GetUtcNow(), inboxCleared, contact);
        var record = new SubmissionRecord(entry.Id, entry.Division, entry.FileName, entry.Hash, entry.ReceivedAt, report.Outcome, report.Findings, data) { Contact = contact };
        if (entry.ReportingYear == _options.Year)
        {
            _state.Add(record);
        }

        var outcomeCode = Reports.FileReport.OutcomeCode(report.Outcome);
        Log.Processed(_logger, entry.Division, entry.FileName, outcomeCode, report.ErrorCount, report.WarningCount);
        Telemetry.IngestMetrics.FileProcessed(outcomeCode, entry.Division, checkTime);
        var job = PrepareFeedback(entry, record, previous, report.Submission is { } read ? ReadBack.From(read) : []);
        switch (feedback)
        {
            case FeedbackMode.Deferred:
                return (report.Outcome, job);
            case FeedbackMode.None:
                _ledger.MarkFeedbackWritten([entry.Id]);
                return (report.Outcome, null);
            default:
                WriteFeedbackNow(job);
                return (report.Outcome, null);
        }
    }

    /// <summary>The cycle's published history applies to its own submissions; an older cycle's file re-checked by rebuild sees the baseline.</summary>
    private SubmissionContext ContextFor(LedgerEntry entry, Division division)
        => new(_catalogue, division, entry.ReportingYear, _state.History(_catalogue))
        {
            Published = entry.ReportingYear == _options.Year ? _state.Published : PublishedValues.FromCatalogue(_catalogue),
        };

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
}
