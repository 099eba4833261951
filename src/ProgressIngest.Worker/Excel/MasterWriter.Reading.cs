using ProgressIngest.Core.Drafting;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Worker.Excel.Streaming;

namespace ProgressIngest.Worker.Excel;

internal static partial class MasterWriter
{
    public const string CountSheet = "進捗集計";
    public const string ReminderSheet = "督促リスト";

    private static readonly TableColumn<ReminderRow>[] ReminderColumns =
    [
        new("所属コード", r => r.Division, 8, 16),
        new("所属名", r => r.DivisionName, 10, 24),
        new("状況", r => r.State, 8, 10),
        new("最新のファイル", r => r.LatestFile, 14, 40),
        new("受付日時", r => r.ReceivedAt is { } at ? JapanTime.Format(at) : null, 16, 18),
        new("結果", r => r.Outcome, 8, 12),
        new("担当者", r => r.Person, 8, 20),
        new("連絡先", r => r.Contact, 8, 30),
        new("未提出の内容", r => r.Missing, 30, 80, Wrap: true),
    ];

    /// <summary>進捗集計: one row for the whole, then per pillar, sub-pillar and division, one column per 進捗区分.</summary>
    private static void WriteCounts(XlsxPackage package, MasterModel model)
    {
        var columns = new List<TableColumn<ProgressCount>>
        {
            new("集計単位", c => c.Level, 8, 10),
            new("名称", c => c.Name, 16, 60, Wrap: true),
        };
        columns.AddRange(ProgressCounts.Columns.Select((name, i) => new TableColumn<ProgressCount>(name, c => c.Counts[i], 8, 10, NumberFormat: "#,##0")));
        columns.Add(new("計（件）", c => c.Total, 8, 10, NumberFormat: "#,##0"));
        StreamedTableSheet.Write(package, CountSheet, "ProgressCounts", columns, ProgressCounts.Build(model), []);
    }

    /// <summary>督促リスト: who to chase (未提出, or the latest submission returned), whom to call and what is missing.</summary>
    private static void WriteReminders(XlsxPackage package, MasterModel model)
        => StreamedTableSheet.Write(
            package,
            ReminderSheet,
            "Reminders",
            ReminderColumns,
            ReminderList.Build(model),
            [("状況", NotSubmitted, Palette.Missing, Palette.MissingText), ("状況", Gap.Returned.Japanese(), Palette.Bad, Palette.BadText)]);
}
