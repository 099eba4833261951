namespace ProgressIngest.Worker.Ledger;

/// <summary>A ledger row as the processor needs it.</summary>
internal sealed record LedgerEntry(
    long Id,
    string Division,
    string FileName,
    string Hash,
    string ArchivePath,
    DateTimeOffset ReceivedAt,
    string State,
    bool InboxCleared,
    bool FeedbackWritten,
    string? Outcome);

internal static class LedgerStates
{
    /// <summary>Archived and recorded, not yet checked.</summary>
    public const string Pending = "pending";

    /// <summary>Checked; outcome and findings recorded.</summary>
    public const string Processed = "processed";
}
