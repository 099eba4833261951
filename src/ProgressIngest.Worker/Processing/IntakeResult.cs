using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Processing;

/// <summary>What intake made of one inbox file.</summary>
internal abstract record IntakeResult
{
    private IntakeResult()
    {
    }

    /// <summary>Archived, recorded as pending and removed from the inbox: ready to check.</summary>
    public sealed record Archived(ArchivedSubmission Submission) : IntakeResult;

    /// <summary>The same drop, interrupted by a crash after it was archived: finished, never answered as a duplicate.</summary>
    public sealed record Resumed(LedgerEntry Entry) : IntakeResult;

    /// <summary>Content already submitted under the same key; the inbox file is removed and the repeat recorded.</summary>
    public sealed record Duplicate(LedgerEntry Existing, DateTimeOffset SeenAt) : IntakeResult;

    /// <summary>Still being written, changed while read, swapped for a link, or gone: left for the next scan.</summary>
    public sealed record NotReady : IntakeResult;

    /// <summary>Exists but could not be opened (permissions, another program); the caller counts attempts.</summary>
    public sealed record CannotOpen(string Reason) : IntakeResult;
}
