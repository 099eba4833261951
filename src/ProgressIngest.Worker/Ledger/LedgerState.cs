namespace ProgressIngest.Worker.Ledger;

/// <summary>Where a submission stands; stored as text ("pending", "processed") so an auditor can read the database.</summary>
internal enum LedgerState
{
    /// <summary>Archived and recorded, not yet checked.</summary>
    Pending,

    /// <summary>Checked; outcome and findings recorded.</summary>
    Processed,
}

internal static class LedgerStateText
{
    public static string ToText(this LedgerState state) => state == LedgerState.Pending ? "pending" : "processed";

    public static LedgerState Parse(string text) => text == "pending" ? LedgerState.Pending : LedgerState.Processed;
}
