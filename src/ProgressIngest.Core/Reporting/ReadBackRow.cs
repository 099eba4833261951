namespace ProgressIngest.Core.Reporting;

/// <summary>One number, year or date as typed beside what was read from it (the feedback's 読み取り結果 sheet).</summary>
/// <param name="Sheet">The sheet as named in the submitted file.</param>
/// <param name="Cell">A1 address.</param>
/// <param name="Item">The column label with the row's indicator and segment: 「値（OT-HOURS 全体）」.</param>
/// <param name="Typed">What the cell holds, as the submitter would recognise it: 「１９９．１」, 「0.512（51.2%表示）」.</param>
/// <param name="Read">What the service understood: 「199.1」, 「令和7年度」, 「2025/1/31」, or why nothing was read.</param>
public sealed record ReadBackRow(string Sheet, string Cell, string Item, string Typed, string Read);
