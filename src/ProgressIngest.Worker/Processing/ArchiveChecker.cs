using Microsoft.Extensions.Logging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// The second stage: checks an archived submission's bytes against the catalogue, the published figures and the
/// other divisions' in-force values. Reads only archive/ and the in-memory state; writes nothing.
/// </summary>
internal sealed class ArchiveChecker
{
    private readonly Catalogue _catalogue;
    private readonly IngestOptions _options;
    private readonly SubmissionState _state;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public ArchiveChecker(Catalogue catalogue, IngestOptions options, SubmissionState state, TimeProvider clock, ILogger logger)
    {
        _catalogue = catalogue;
        _options = options;
        _state = state;
        _clock = clock;
        _logger = logger;
    }

    public CheckedSubmission Check(ArchivedSubmission submission)
    {
        var started = _clock.GetTimestamp();

        // A division removed from the registry while its file waited: answered, recorded, never a crash.
        var division = _catalogue.FindDivision(submission.Division);
        var context = division is null ? null : ContextFor(submission, division);
        var report = context is null
            ? new IngestReport(Outcome.Returned, [IntakeProblems.DivisionUnregistered(submission.Division)], null)
            : CheckArchived(submission, context);
        return new CheckedSubmission(submission, report, context, _clock.GetElapsedTime(started));
    }

    /// <summary>The cycle's published history applies to its own submissions; an older cycle's file re-checked by rebuild sees the baseline.</summary>
    private SubmissionContext ContextFor(ArchivedSubmission submission, Division division)
    {
        var current = submission.Key.ReportingYear == _options.Year;
        return new(_catalogue, division, submission.Key.ReportingYear, _state.History(_catalogue))
        {
            Published = current ? _state.Published : PublishedValues.FromCatalogue(_catalogue),
        };
    }

    private IngestReport CheckArchived(ArchivedSubmission submission, SubmissionContext context)
    {
        if (!File.Exists(submission.ArchivePath))
        {
            Log.ArchiveCopyMissing(_logger, submission.ArchivePath);
            return IngestReport.Unreadable(IntakeProblems.ArchiveCopyMissing());
        }

        try
        {
            return SubmissionFile.Check(submission.ArchivePath, submission.OriginalName, context, _options.Limits);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A file that breaks the reader in a way we did not foresee must not stop the service or
            // come back on every scan: it is recorded as unreadable, and the log keeps the details.
            Log.CheckFailed(_logger, ex, submission.ArchivePath);
            return IngestReport.Unreadable(FileProblems.Corrupt("想定外の形式"));
        }
    }
}
