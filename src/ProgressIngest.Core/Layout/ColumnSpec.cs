namespace ProgressIngest.Core.Layout;

/// <summary>A column of a submission sheet, found by its label (or an alias) rather than its position.</summary>
/// <param name="Label">The label the template writes in the header row.</param>
/// <param name="Required">A missing column is an error.</param>
/// <param name="Prefilled">Filled in by the template and not to be edited.</param>
/// <param name="Width">Column width in the template, in characters.</param>
/// <param name="Aliases">Other labels people use for the same column.</param>
public sealed record ColumnSpec(string Label, bool Required, bool Prefilled, double Width, params string[] Aliases)
{
    public IEnumerable<string> AllLabels => Aliases.Prepend(Label);

    /// <summary>Sentences kept exactly as typed (実施内容・実績, 課題, 次年度以降の予定, 備考): the template formats them as text.</summary>
    public bool IsFreeText { get; init; }
}
