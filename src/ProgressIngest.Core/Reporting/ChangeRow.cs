namespace ProgressIngest.Core.Reporting;

/// <summary>One difference between a division's previously accepted submission and the new one.</summary>
/// <param name="Sheet">取り組み進捗 or 指標.</param>
/// <param name="Item">The measure or indicator, with its id: 「1-1-01 業務の見直し…」.</param>
/// <param name="Key">For a measure the field (進捗区分…); for an indicator the year and segment (令和6年度 本庁等).</param>
/// <param name="Before">The previous value, or 「（なし）」.</param>
/// <param name="After">The new value, or 「（なし）」.</param>
public sealed record ChangeRow(string Sheet, string Item, string Key, string Before, string After);
