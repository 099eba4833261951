using Microsoft.Extensions.Logging;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Writes feedback before the call returns. A write that fails (a full disk, a locked file) is logged and the row
/// stays "feedback missing": the submission is recorded all the same, and the retry writes it later.
/// </summary>
internal sealed class InlineFeedback : IFeedbackSink
{
    private readonly SubmissionLedger _ledger;
    private readonly ILogger _logger;

    public InlineFeedback(SubmissionLedger ledger, ILogger logger)
    {
        _ledger = ledger;
        _logger = logger;
    }

    public void Send(FeedbackJob job) => Write(job);

    /// <summary>Writes the job and marks its row; false (logged, row still owed) when the file system refused.</summary>
    public bool Write(FeedbackJob job)
    {
        try
        {
            job.Write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.FeedbackFailed(_logger, ex, job.Input.FileName);
            return false;
        }

        _ledger.MarkFeedbackWritten([job.SubmissionId]);
        return true;
    }
}
