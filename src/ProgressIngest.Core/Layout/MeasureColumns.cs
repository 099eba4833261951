namespace ProgressIngest.Core.Layout;

/// <summary>Columns of 取り組み進捗, in template order.</summary>
public static class MeasureColumns
{
    public static readonly ColumnSpec Id = new("取り組みID", true, true, 11, "取組ID", "取組みID", "ID");
    public static readonly ColumnSpec Title = new("取り組み名", false, true, 44, "取組名", "取組み名", "取り組み");
    public static readonly ColumnSpec Horizon = new("期間", false, true, 12);
    public static readonly ColumnSpec Status = new("進捗区分", true, false, 11, "進捗状況", "進捗");
    public static readonly ColumnSpec Detail = new("実施内容・実績", true, false, 50, "実施内容", "実績", "実施内容及び実績") { IsFreeText = true };
    public static readonly ColumnSpec Issues = new("課題", false, false, 30) { IsFreeText = true };
    public static readonly ColumnSpec Plan = new("次年度以降の予定", false, false, 36, "今後の予定", "次年度の予定") { IsFreeText = true };
    public static readonly ColumnSpec Notes = new("備考", false, false, 20) { IsFreeText = true };

    public static IReadOnlyList<ColumnSpec> All { get; } = [Id, Title, Horizon, Status, Detail, Issues, Plan, Notes];
}
