using Microsoft.Extensions.Logging;

namespace ProgressIngest.Worker;

/// <summary>Every log line the service writes, with fixed event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Processed {Division}/{File}: {Outcome} (errors {ErrorCount}, warnings {WarningCount})")]
    public static partial void Processed(ILogger logger, string division, string file, string outcome, int errorCount, int warningCount);

    [LoggerMessage(2, LogLevel.Information, "Duplicate content {Division}/{File}: same as {Original}; not merged again")]
    public static partial void Duplicate(ILogger logger, string division, string file, string original);

    [LoggerMessage(3, LogLevel.Debug, "Not ready yet {File}: {Reason}")]
    public static partial void NotReady(ILogger logger, string file, string reason);

    [LoggerMessage(4, LogLevel.Warning, "{File} changed while being read; it stays in the inbox and will be read again")]
    public static partial void ChangedWhileReading(ILogger logger, string file);

    [LoggerMessage(5, LogLevel.Information, "Master written: {File} ({Submissions} submissions)")]
    public static partial void MasterWritten(ILogger logger, string file, int submissions);

    [LoggerMessage(6, LogLevel.Information, "Master unchanged; not rewritten")]
    public static partial void MasterUnchanged(ILogger logger);

    [LoggerMessage(7, LogLevel.Warning, "Inbox notice: {Notice}")]
    public static partial void InboxNotice(ILogger logger, string notice);

    [LoggerMessage(8, LogLevel.Error, "Failed to process {File}; whatever is not yet recorded will be retried on the next scan or start-up")]
    public static partial void ProcessFailed(ILogger logger, Exception exception, string file);

    [LoggerMessage(9, LogLevel.Error, "Failed to write the master; will retry")]
    public static partial void MasterFailed(ILogger logger, Exception exception);

    [LoggerMessage(10, LogLevel.Warning, "File watcher error; falling back to a full scan")]
    public static partial void WatcherError(ILogger logger, Exception exception);

    [LoggerMessage(11, LogLevel.Information, "Recovered {Count} submissions left unfinished by the previous run")]
    public static partial void Recovered(ILogger logger, int count);

    [LoggerMessage(12, LogLevel.Information, "Watching {Root} (settle {Settle}s, scan every {Scan}s)")]
    public static partial void Watching(ILogger logger, string root, double settle, double scan);

    [LoggerMessage(13, LogLevel.Error, "Unexpected failure checking {File}; recorded as unreadable")]
    public static partial void CheckFailed(ILogger logger, Exception exception, string file);

    [LoggerMessage(14, LogLevel.Error, "Unexpected failure in the watch loop; continuing")]
    public static partial void LoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(15, LogLevel.Error, "Failed to write feedback for {File}; the result is recorded and feedback will be retried")]
    public static partial void FeedbackFailed(ILogger logger, Exception exception, string file);

    [LoggerMessage(16, LogLevel.Information, "Skipped {File}: hidden, lock or temporary file (logged once)")]
    public static partial void Skipped(ILogger logger, string file);

    [LoggerMessage(17, LogLevel.Warning, "Cannot open {File} ({Reason}); gave up after the allowed attempts and told the division in its feedback folder")]
    public static partial void CannotOpen(ILogger logger, string file, string reason);

    [LoggerMessage(18, LogLevel.Warning, "Archive receipt of {File} does not match its content; its name is used instead")]
    public static partial void ReceiptMismatch(ILogger logger, string file);

    [LoggerMessage(19, LogLevel.Information, "{File} has the same content as an archived file listed before it; indexed once")]
    public static partial void ArchiveDuplicate(ILogger logger, string file);

    [LoggerMessage(20, LogLevel.Critical, "{Message}")]
    public static partial void ServiceStopped(ILogger logger, string message);

    [LoggerMessage(21, LogLevel.Critical, "The service stopped after an unexpected failure")]
    public static partial void ServiceFailed(ILogger logger, Exception exception);

    [LoggerMessage(22, LogLevel.Error, "The archived copy {File} is missing; the submission is recorded as unreadable. Restore the file from backup and run rebuild")]
    public static partial void ArchiveCopyMissing(ILogger logger, string file);

    [LoggerMessage(40, LogLevel.Warning, "Failed to write the report draft {File} (open in Word?); the master is published, the draft will be written with the next rebuild or by the report command")]
    public static partial void DraftFailed(ILogger logger, Exception exception, string file);
}
