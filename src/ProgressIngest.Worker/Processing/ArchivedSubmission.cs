using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// A submission whose exact bytes are in archive/: what intake hands to checking and recording, and what a
/// rebuild reads back from archive/. Everything later stages need comes from here, never from the inbox file.
/// </summary>
/// <param name="Sequence">The ledger id when known (from the ledger or the archive receipt).</param>
internal sealed record ArchivedSubmission(
    SubmissionKey Key,
    string OriginalName,
    string ArchivePath,
    long Size,
    DateTimeOffset ReceivedAt,
    long? Sequence)
{
    public string Division => Key.Division;
}
