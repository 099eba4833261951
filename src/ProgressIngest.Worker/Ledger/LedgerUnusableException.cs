namespace ProgressIngest.Worker.Ledger;

/// <summary>
/// The ledger cannot be used as it is (missing while the archive is full, not a database, damaged,
/// read-only, replaced while running). The message is for the operator, in Japanese, and says what to do.
/// Nothing is copied or moved once this is known.
/// </summary>
internal sealed class LedgerUnusableException : Exception
{
    public LedgerUnusableException(string message)
        : base(message)
    {
    }

    public LedgerUnusableException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public LedgerUnusableException()
    {
    }
}
