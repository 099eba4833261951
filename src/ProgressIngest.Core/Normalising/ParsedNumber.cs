namespace ProgressIngest.Core.Normalising;

/// <summary>A cell read as a number.</summary>
/// <param name="Status">Whether a number was read, the cell was blank, or it was unreadable.</param>
/// <param name="Value">
/// The number as the submitter sees it: percentages are in percent units (53.4 for 53.4%), whether
/// typed as text or stored as 0.534 in a percent-formatted cell. Zero unless <paramref name="Status"/> is Ok.
/// </param>
/// <param name="IsPercent">True when typed with '%' or stored in a percent-formatted cell.</param>
/// <param name="UnitText">The unit word typed after the number (e.g. "時間", "件", "%"), or null.</param>
/// <param name="Problem">Short Japanese reason when <paramref name="Status"/> is Invalid; otherwise null.</param>
public readonly record struct ParsedNumber(ParseStatus Status, decimal Value, bool IsPercent, string? UnitText, string? Problem);
