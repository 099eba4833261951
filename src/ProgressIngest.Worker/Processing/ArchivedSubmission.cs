using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// A submission whose exact bytes are in archive/: the one value that passes from intake through check and
/// record to feedback, and what a rebuild reads back from archive/. Later stages take everything from here,
/// never from the inbox file.
/// </summary>
/// <param name="Sequence">The ledger id: null only before intake has recorded the row (a rebuild's archive entry may carry the old one).</param>
/// <param name="InboxCleared">The inbox file is gone (or never was: a rebuild); recorded with the result.</param>
internal sealed record ArchivedSubmission(
    SubmissionKey Key,
    string OriginalName,
    string ArchivePath,
    long Size,
    DateTimeOffset ReceivedAt,
    long? Sequence,
    bool InboxCleared)
{
    public string Division => Key.Division;

    /// <summary>The ledger id of a recorded submission.</summary>
    public long Id => Sequence ?? throw new InvalidOperationException($"{ArchivePath} has no ledger row yet.");

    public static ArchivedSubmission From(LedgerEntry entry)
        => new(new SubmissionKey(entry.Division, entry.Hash, entry.ReportingYear, entry.Catalogue), entry.FileName, entry.ArchivePath, entry.Size, entry.ReceivedAt, entry.Id, entry.InboxCleared);
}
