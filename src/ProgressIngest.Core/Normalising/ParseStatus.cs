namespace ProgressIngest.Core.Normalising;

/// <summary>Outcome of reading a cell as a number.</summary>
public enum ParseStatus
{
    /// <summary>The cell is blank or holds a no-value marker such as 該当なし.</summary>
    Missing,

    /// <summary>A number was read.</summary>
    Ok,

    /// <summary>Something is there but it is not a readable number.</summary>
    Invalid,

    /// <summary>「未確定」「集計中」: the figure is not known yet. A state the master shows, never a blank.</summary>
    Pending,
}
