using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Processing;

internal sealed partial class IngestRun
{
    private static readonly TimeSpan OpenRetryPause = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Processes a batch and then publishes the master. Feedback goes to a <see cref="BackgroundFeedback"/> on the
    /// second core while this thread checks the next file; archive, ledger and master stay on this thread, in file
    /// order, so outcomes and ledger ids do not depend on timing. A file that cannot be opened is tried again after
    /// a pause, up to <see cref="OpenAttempts.Limit"/> times in all.
    /// </summary>
    public BatchResult ProcessAllThenPublish(IReadOnlyList<InboxFile> files, Action<int, InboxFile>? progress = null)
    {
        var results = new List<ProcessResult>(files.Count);
        lock (_gate)
        {
            using var feedback = new BackgroundFeedback(_ledger, _logger);
            var retry = new List<InboxFile>();
            for (var i = 0; i < files.Count; i++)
            {
                progress?.Invoke(i, files[i]);
                results.Add(ProcessCounting(files[i], feedback, retry));
            }

            for (var attempt = 2; attempt <= OpenAttempts.Limit && retry.Count > 0; attempt++)
            {
                Pause(OpenRetryPause);
                var again = retry.ToList();
                retry.Clear();
                foreach (var file in again)
                {
                    results[results.FindIndex(r => r.Division == file.Division && r.FileName == file.Name)] = ProcessCounting(file, feedback, retry);
                }
            }

            // The master does not wait for the feedback still being written: both run at once.
            var master = _publisher.Publish(_pipeline.State.All, _pipeline.State.Published);
            feedback.Complete();
            return new BatchResult(results, master);
        }
    }

    private ProcessResult ProcessCounting(InboxFile file, IFeedbackSink feedback, List<InboxFile> retry)
    {
        var result = ProcessLocked(file, feedback);
        if (result.OpenProblem is not null && !result.GaveUp)
        {
            retry.Add(file);
        }

        return result;
    }

    private void Pause(TimeSpan pause)
    {
        using var done = new ManualResetEventSlim();
        using var timer = _clock.CreateTimer(_ => done.Set(), null, pause, Timeout.InfiniteTimeSpan);
        done.Wait();
    }
}
