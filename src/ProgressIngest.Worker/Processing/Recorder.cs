using Microsoft.Extensions.Logging;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// The third stage: records a checked submission's outcome, findings, accepted data and contact in the ledger in
/// one transaction (with "inbox cleared" when intake removed the file), then in the in-memory state that the
/// next check and the master read.
/// </summary>
internal sealed class Recorder
{
    private readonly SubmissionLedger _ledger;
    private readonly SubmissionState _state;
    private readonly IngestOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public Recorder(SubmissionLedger ledger, SubmissionState state, IngestOptions options, TimeProvider clock, ILogger logger)
    {
        _ledger = ledger;
        _state = state;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    public RecordedSubmission Record(CheckedSubmission check)
    {
        var (submission, report) = (check.Submission, check.Report);
        var previous = _state.InForce(submission.Division);
        var data = report.Outcome.IsAccepted() && report.Submission is not null && check.Context is not null
            ? AcceptedData.From(report.Submission, check.Context)
            : null;
        var contact = SubmissionContact.From(report.Submission?.Cover);
        _ledger.RecordResult(submission.Id, report.Outcome, report.Findings, data, _clock.GetUtcNow(), submission.InboxCleared, contact);
        var record = new SubmissionRecord(submission.Id, submission.Division, submission.OriginalName, submission.Key.Hash, submission.ReceivedAt, report.Outcome, report.Findings, data)
        {
            Contact = contact,
        };
        if (submission.Key.ReportingYear == _options.Year)
        {
            _state.Add(record);
        }

        var outcomeCode = Reports.FileReport.OutcomeCode(report.Outcome);
        Log.Processed(_logger, submission.Division, submission.OriginalName, outcomeCode, report.ErrorCount, report.WarningCount);
        Telemetry.IngestMetrics.FileProcessed(outcomeCode, submission.Division, check.Took);
        return new RecordedSubmission(submission, record, previous, report.Submission is { } read ? ReadBack.From(read) : []);
    }
}
