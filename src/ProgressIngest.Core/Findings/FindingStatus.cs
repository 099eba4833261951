namespace ProgressIngest.Core.Findings;

/// <summary>Whether a warning still asks for attention.</summary>
public enum FindingStatus
{
    /// <summary>Needs attention (every error, and a warning nobody explained).</summary>
    Open,

    /// <summary>説明済み: a warning on a row whose 備考 explains it; listed, but not counted as open.</summary>
    Explained,
}
