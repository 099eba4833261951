namespace ProgressIngest.Core.Drafting;

/// <summary>One bullet of section 3: a sentence computed from the data, and how each of its numbers was obtained.</summary>
/// <param name="Text">The sentence as the report prints it.</param>
/// <param name="Kind">Which rule wrote it (trend, gap, change …); lets tests and readers find it.</param>
/// <param name="Notes">For the footnote: each derived number's arithmetic and each value's source.</param>
public sealed record Observation(ObservationKind Kind, string Text, IReadOnlyList<string> Notes)
{
    /// <summary>The sentence could not be completed from the data and says 【要確認】 instead.</summary>
    public bool NeedsCheck => Text.Contains(SentenceRules.NeedsCheck, StringComparison.Ordinal);
}

public enum ObservationKind
{
    /// <summary>減少傾向 / 増加傾向 / 横ばい over the years shown.</summary>
    Trend,

    /// <summary>A share above 半数, ８割 … in the latest year.</summary>
    Level,

    /// <summary>本庁等 − 区役所 in the latest year, and who was above whom when.</summary>
    Gap,

    /// <summary>Change from the previous year, widened or narrowed.</summary>
    Change,

    /// <summary>※【参考（…）】 figures of a related indicator.</summary>
    Reference,
}
