using System.Collections.Concurrent;
using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Processing;

internal sealed partial class IngestRun
{
    private static readonly TimeSpan OpenRetryPause = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Processes a batch and then publishes the master. Feedback (a workbook per file, and a copy
    /// with highlighted cells) costs about as much as checking, so it is written on the second core
    /// while this thread checks the next file; archive, ledger and master stay on this thread, in
    /// file order, so outcomes and ledger ids do not depend on timing. A feedback write that fails or
    /// is cut short by a crash leaves its row marked "feedback missing", which start-up finishes.
    /// A file that cannot be opened is tried again after a pause, up to <see cref="OpenAttempts.Limit"/> times in all.
    /// </summary>
    public (IReadOnlyList<ProcessResult> Results, string MasterPath) ProcessAllThenPublish(IReadOnlyList<InboxFile> files, Action<int, InboxFile>? progress = null)
    {
        var results = new List<ProcessResult>(files.Count);
        using var queue = new BlockingCollection<FeedbackJob>(boundedCapacity: 8);
        var written = new ConcurrentQueue<long>();
        var writer = Task.Factory.StartNew(
            () =>
            {
                foreach (var job in queue.GetConsumingEnumerable())
                {
                    try
                    {
                        job.Write();
                        written.Enqueue(job.SubmissionId);
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        Log.FeedbackFailed(_logger, ex, job.Input.FileName);
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        lock (_gate)
        {
            string master;
            try
            {
                var retry = new List<InboxFile>();
                for (var i = 0; i < files.Count; i++)
                {
                    progress?.Invoke(i, files[i]);
                    results.Add(ProcessDeferred(files[i], queue, written, retry));
                }

                for (var attempt = 2; attempt <= OpenAttempts.Limit && retry.Count > 0; attempt++)
                {
                    Pause(OpenRetryPause);
                    var again = retry.ToList();
                    retry.Clear();
                    foreach (var file in again)
                    {
                        results[results.FindIndex(r => r.Division == file.Division && r.FileName == file.Name)] = ProcessDeferred(file, queue, written, retry);
                    }
                }

                queue.CompleteAdding();
                master = _publisher.Publish(_processor.State.All, _processor.State.Published);
            }
            finally
            {
                queue.CompleteAdding();
                writer.GetAwaiter().GetResult();
                MarkWritten(written);
            }

            return (results, master);
        }
    }

    private ProcessResult ProcessDeferred(InboxFile file, BlockingCollection<FeedbackJob> queue, ConcurrentQueue<long> written, List<InboxFile> retry)
    {
        var result = ProcessLocked(file, FeedbackMode.Deferred);
        if (result.Feedback is { } job)
        {
            queue.Add(job);
        }

        if (result.OpenProblem is not null && !result.GaveUp)
        {
            retry.Add(file);
        }

        MarkWritten(written);
        return result with { Feedback = null };
    }

    private void Pause(TimeSpan pause)
    {
        using var done = new ManualResetEventSlim();
        using var timer = _clock.CreateTimer(_ => done.Set(), null, pause, Timeout.InfiniteTimeSpan);
        done.Wait();
    }

    private void MarkWritten(ConcurrentQueue<long> written)
    {
        var ids = new List<long>();
        while (written.TryDequeue(out var id))
        {
            ids.Add(id);
        }

        if (ids.Count > 0)
        {
            _processor.FeedbackWritten(ids);
        }
    }
}
