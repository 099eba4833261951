namespace ProgressIngest.Core.Merging;

/// <summary>
/// Why an assigned (division, measure) or (indicator, year, segment) has no accepted value. The master
/// never leaves such a place blank; the writers render the Japanese word.
/// </summary>
public enum Gap
{
    /// <summary>未提出: the division has not submitted anything this cycle.</summary>
    NotSubmitted,

    /// <summary>差戻し中: the latest submission was returned or unreadable, and nothing accepted is in force.</summary>
    Returned,

    /// <summary>未報告: an accepted submission is in force but does not contain it.</summary>
    NotReported,

    /// <summary>未確定: reported as 未確定/集計中.</summary>
    Pending,

    /// <summary>登録外: it comes from a division no longer in the registry.</summary>
    Unregistered,
}

public static class GapText
{
    public static string Japanese(this Gap gap) => gap switch
    {
        Gap.NotSubmitted => "未提出",
        Gap.Returned => "差戻し中",
        Gap.NotReported => "未報告",
        Gap.Pending => "未確定",
        _ => "登録外",
    };
}
