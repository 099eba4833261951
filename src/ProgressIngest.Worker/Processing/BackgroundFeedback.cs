using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Writes feedback on another thread while the caller checks the next file (<c>once</c>): a feedback workbook and
/// an annotated copy cost about as much as checking. Writing touches only files; the ledger is told "feedback
/// written" by the caller's thread (the one that owns it) on each <see cref="Send"/> and at <see cref="Complete"/>.
/// A write that fails or is cut short by a crash leaves its row "feedback missing", which start-up finishes.
/// </summary>
internal sealed class BackgroundFeedback : IFeedbackSink, IDisposable
{
    private readonly SubmissionLedger _ledger;
    private readonly ILogger _logger;
    private readonly BlockingCollection<FeedbackJob> _queue = new(boundedCapacity: 8);
    private readonly ConcurrentQueue<long> _written = new();
    private readonly Task _writer;
    private bool _disposed;

    public BackgroundFeedback(SubmissionLedger ledger, ILogger logger)
    {
        _ledger = ledger;
        _logger = logger;
        _writer = Task.Factory.StartNew(WriteAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public void Send(FeedbackJob job)
    {
        _queue.Add(job);
        MarkWritten();
    }

    /// <summary>Waits for every queued job and records which were written. Safe to call more than once.</summary>
    public void Complete()
    {
        _queue.CompleteAdding();
        _writer.GetAwaiter().GetResult();
        MarkWritten();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Complete();
        _queue.Dispose();
        _disposed = true;
    }

    private void WriteAll()
    {
        foreach (var job in _queue.GetConsumingEnumerable())
        {
            try
            {
                job.Write();
                _written.Enqueue(job.SubmissionId);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Log.FeedbackFailed(_logger, ex, job.Input.FileName);
            }
        }
    }

    private void MarkWritten()
    {
        var ids = new List<long>();
        while (_written.TryDequeue(out var id))
        {
            ids.Add(id);
        }

        if (ids.Count > 0)
        {
            _ledger.MarkFeedbackWritten(ids);
        }
    }
}
