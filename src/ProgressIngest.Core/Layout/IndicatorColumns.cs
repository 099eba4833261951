namespace ProgressIngest.Core.Layout;

/// <summary>Columns of 指標, in template order. 指標名 and 前年度の値（参考） are pre-filled reference columns.</summary>
public static class IndicatorColumns
{
    public static readonly ColumnSpec Id = new("指標ID", true, true, 20, "指標ＩＤ", "ID");
    public static readonly ColumnSpec Name = new("指標名", false, true, 44);
    public static readonly ColumnSpec Year = new("年度", true, false, 12, "報告年度", "対象年度");
    public static readonly ColumnSpec Segment = new("区分", true, false, 10);
    public static readonly ColumnSpec Value = new("値", true, false, 12, "数値", "実績値");
    public static readonly ColumnSpec Unit = new("単位", false, true, 8);

    /// <summary>The value already known for the year before, shown for comparison; never read as data.</summary>
    /// <remarks>The reader drops a bracketed suffix before matching, hence the alias without 「（参考）」.</remarks>
    public static readonly ColumnSpec PreviousValue = new("前年度の値（参考）", false, true, 12, "前年度の値", "前年度値");

    public static readonly ColumnSpec AsOf = new("基準日", false, false, 14, "時点");
    public static readonly ColumnSpec Notes = new("備考", false, false, 30) { IsFreeText = true };

    public static IReadOnlyList<ColumnSpec> All { get; } = [Id, Name, Year, Segment, Value, Unit, PreviousValue, AsOf, Notes];
}
