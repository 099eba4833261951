namespace ProgressIngest.Core.Reporting;

/// <summary>What happened to a submission (docs/contract.md §5).</summary>
public enum Outcome
{
    Accepted,
    AcceptedWithWarnings,
    Returned,
    Unreadable,
}

public static class OutcomeText
{
    public static string Japanese(this Outcome outcome) => outcome switch
    {
        Outcome.Accepted => "受理",
        Outcome.AcceptedWithWarnings => "受理（警告あり）",
        Outcome.Returned => "差戻し",
        _ => "読めない",
    };

    public static bool IsAccepted(this Outcome outcome) => outcome is Outcome.Accepted or Outcome.AcceptedWithWarnings;
}
