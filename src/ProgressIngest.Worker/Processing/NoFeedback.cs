using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>Writes nothing and marks the row as owing none: <c>rebuild</c> without --feedback, since the divisions already have theirs.</summary>
internal sealed class NoFeedback : IFeedbackSink
{
    private readonly SubmissionLedger _ledger;

    public NoFeedback(SubmissionLedger ledger) => _ledger = ledger;

    public void Send(FeedbackJob job) => _ledger.MarkFeedbackWritten([job.SubmissionId]);
}
