using Microsoft.Extensions.Logging;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Takes one inbox file through the stages <see cref="Intake"/> → <see cref="ArchiveChecker"/> → <see cref="Recorder"/> →
/// an <see cref="IFeedbackSink"/>, passing one <see cref="ArchivedSubmission"/> along; the master is published
/// afterwards by <see cref="MasterPublisher"/>. <c>watch</c>, <c>once</c> and <c>rebuild</c> differ only in the sink
/// they pass and when they publish. On start-up <see cref="Recover"/> finishes rows left pending or without feedback.
/// </summary>
internal sealed class IngestPipeline
{
    private readonly Intake _intake;
    private readonly ArchiveChecker _checker;
    private readonly Recorder _recorder;
    private readonly FeedbackPlanner _planner;
    private readonly FeedbackNotices _notices;
    private readonly SubmissionLedger _ledger;
    private readonly InlineFeedback _inline;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public IngestPipeline(RootLayout layout, Catalogue catalogue, IngestOptions options, SubmissionLedger ledger, TimeProvider clock, ILogger logger)
    {
        var published = PublishedValues.FromCatalogue(catalogue, EarlierCycles.Values(catalogue, ledger.ProcessedBefore(options.Year)));
        State = new SubmissionState(ledger.Processed(options.Year), published);
        _intake = new Intake(layout, catalogue, options, ledger, clock, logger);
        _checker = new ArchiveChecker(catalogue, options, State, clock, logger);
        _recorder = new Recorder(ledger, State, options, clock, logger);
        _planner = new FeedbackPlanner(layout, catalogue);
        _notices = new FeedbackNotices(layout, catalogue);
        _ledger = ledger;
        _inline = new InlineFeedback(ledger, logger);
        None = new NoFeedback(ledger);
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The reporting cycle's recorded submissions and published values.</summary>
    public SubmissionState State { get; }

    /// <summary>Writes each submission's feedback before returning (<c>watch</c>, start-up recovery).</summary>
    public IFeedbackSink Inline => _inline;

    /// <summary>Writes no feedback and marks none owed (<c>rebuild</c> without --feedback).</summary>
    public IFeedbackSink None { get; }

    /// <summary>Rows whose feedback is still to be written, by any sink.</summary>
    public int FeedbackOwed => _ledger.FeedbackMissing().Count;

    public ProcessResult Process(InboxFile file, IFeedbackSink feedback) => _intake.Take(file) switch
    {
        IntakeResult.Archived archived => Result(file, archived.Submission, CheckAndRecord(archived.Submission, feedback)),
        IntakeResult.Resumed resumed => Result(file, ArchivedSubmission.From(resumed.Entry), Resume(resumed.Entry, feedback)),
        IntakeResult.Duplicate duplicate => AnswerDuplicate(file, duplicate),
        IntakeResult.CannotOpen cannot => ProcessResult.CannotOpen(file, cannot.Reason),
        _ => ProcessResult.NotReady(file),
    };

    /// <summary>Adds a submission read back from archive/ (a rebuild) to the ledger as pending.</summary>
    public ArchivedSubmission Index(ArchivedSubmission submission) => _intake.Index(submission);

    /// <summary>Finishes whatever a previous run left half done.</summary>
    public int Recover() => CheckPending(_inline) + RetryMissingFeedback();

    /// <summary>Checks every row still pending, in ledger order; returns how many.</summary>
    /// <param name="progress">Told before each row with its position, for a person watching a long rebuild.</param>
    public int CheckPending(IFeedbackSink feedback, Action<int, ArchivedSubmission>? progress = null)
    {
        var pending = _ledger.Pending();
        for (var i = 0; i < pending.Count; i++)
        {
            var submission = ArchivedSubmission.From(pending[i]);
            progress?.Invoke(i, submission);
            CheckAndRecord(submission, feedback);
        }

        return pending.Count;
    }

    /// <summary>Writes feedback that failed earlier (a full disk, a locked file); returns how many were written.</summary>
    public int RetryMissingFeedback()
    {
        var written = 0;
        foreach (var entry in _ledger.FeedbackMissing())
        {
            if (RecordOf(entry.Id) is not { } record)
            {
                continue;
            }

            if (_inline.Write(_planner.Plan(new RecordedSubmission(ArchivedSubmission.From(entry), record, Previous: null, ReadBack: []))))
            {
                written++;
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
        _notices.Write(file.Division, file.Name, _clock.GetUtcNow(), Outcome.Unreadable, IntakeProblems.CannotOpen(reason));
    }

    private Outcome CheckAndRecord(ArchivedSubmission submission, IFeedbackSink feedback)
    {
        var recorded = _recorder.Record(_checker.Check(submission));
        feedback.Send(_planner.Plan(recorded));
        return recorded.Record.Outcome;
    }

    /// <summary>The same drop, interrupted by a crash: check it if it never was, or write the feedback it still owes.</summary>
    private Outcome Resume(LedgerEntry entry, IFeedbackSink feedback)
    {
        var submission = ArchivedSubmission.From(entry);
        if (entry.State == LedgerState.Pending)
        {
            return CheckAndRecord(submission, feedback);
        }

        if (!entry.FeedbackWritten && RecordOf(entry.Id) is { } record)
        {
            feedback.Send(_planner.Plan(new RecordedSubmission(submission, record, Previous: null, ReadBack: [])));
        }

        return entry.Outcome ?? Outcome.Unreadable;
    }

    private ProcessResult AnswerDuplicate(InboxFile file, IntakeResult.Duplicate duplicate)
    {
        var existing = duplicate.Existing;
        var outcome = existing.Outcome ?? Outcome.Unreadable;
        var finding = Finding.ForFile(
            RuleIds.DuplicateContent,
            $"このファイルは、{JapanTime.Format(existing.ReceivedAt)}に受け付けた「{existing.FileName}」と内容が同じため、再処理していません（前回の結果: {outcome.Japanese()}）。",
            "修正した内容を提出する場合は、ファイルを修正・保存してから提出してください。前回の指摘は feedback フォルダ（以前のものは feedback/history）の前回のフィードバックを参照してください。");
        _notices.Write(file.Division, file.Name, duplicate.SeenAt, outcome, finding);
        return new ProcessResult(file.Division, file.Name, existing.Outcome, true) { Submission = existing.Id, Hash = existing.Hash };
    }

    private SubmissionRecord? RecordOf(long id) => State.All.FirstOrDefault(r => r.Id == id);

    private static ProcessResult Result(InboxFile file, ArchivedSubmission submission, Outcome outcome)
        => new(file.Division, file.Name, outcome, false) { Submission = submission.Id, Hash = submission.Key.Hash, Size = submission.Size };
}
