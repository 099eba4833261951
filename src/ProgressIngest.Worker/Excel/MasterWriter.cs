using System.Globalization;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Worker.Excel.Streaming;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Renders the master workbook (docs/contract.md §7) from a <see cref="MasterModel"/>. Content depends only on
/// the model: no clock, no file system. Streamed row by row with OpenXmlWriter (<see cref="XlsxPackage"/>):
/// ClosedXML's in-memory model of a 100,000-row master took ~1.9 GB; colours are conditional formats,
/// a handful of cell styles cover everything else.
/// </summary>
internal static partial class MasterWriter
{
    public const string StatusSheet = "提出状況";
    public const string ProgressSheet = "取り組み進捗";
    public const string IndicatorSheet = "指標";
    public const string FindingSheet = "指摘一覧";
    public const string SummarySheet = "指標サマリ";

    public static readonly string NotSubmitted = Gap.NotSubmitted.Japanese();
    public static readonly string NotReported = Gap.NotReported.Japanese();

    /// <summary>Every word the master writes where a value is missing, coloured the same way.</summary>
    private static readonly string[] GapWords = [.. Enum.GetValues<Gap>().Select(g => g.Japanese())];

    private static readonly TableColumn<StatusRow>[] StatusColumns =
    [
        new("所属コード", s => s.Division, 8, 16),
        new("所属名", s => s.DivisionName, 10, 24),
        new("提出状況", s => s.State, 8, 10),
        new("最新のファイル", s => s.LatestFile, 14, 40),
        new("受付日時", s => s.ReceivedAt is { } at ? JapanTime.Format(at) : null, 16, 18),
        new("結果", s => s.Outcome, 8, 18),
        new("エラー件数", s => s.State == NotSubmitted ? null : s.Errors, 8, 12, NumberFormat: "#,##0"),
        new("警告件数（未対応）", s => s.State == NotSubmitted ? null : s.Warnings, 8, 12, NumberFormat: "#,##0"),
        new("警告件数（説明済み）", s => s.State == NotSubmitted ? null : s.Explained, 8, 12, NumberFormat: "#,##0"),
        new("有効な提出", s => s.InForce, 10, 40),
        new("担当者", s => s.Person, 8, 20),
        new("連絡先", s => s.Contact, 8, 30),
        new("提出日（表紙）", s => s.SubmittedOn?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture), 10, 14),
    ];

    private static readonly TableColumn<ProgressRow>[] ProgressColumns =
    [
        new("柱", p => p.Pillar, 8, 24, Wrap: true),
        new("分野", p => p.SubPillar, 8, 24, Wrap: true),
        new("取り組みID", p => p.MeasureId, 10, 12),
        new("期間", p => p.Horizon, 6, 12),
        new("取り組み名", p => p.Title, 16, 40, Wrap: true),
        new("所属", p => p.Division, 8, 24),
        new("進捗区分", p => p.Status, 10, 12),
        new("実施内容・実績", p => p.Detail, 20, 60, Wrap: true),
        new("課題", p => p.Issues, 12, 40, Wrap: true),
        new("次年度以降の予定", p => p.Plan, 16, 40, Wrap: true),
        new("備考", p => p.Notes, 8, 30, Wrap: true),
        new("出典", p => p.Source, 10, 50),
    ];

    private static readonly TableColumn<IndicatorRow>[] IndicatorColumns =
    [
        new("指標ID", i => i.IndicatorId, 10, 20),
        new("指標名", i => i.Name, 16, 50),
        new("年度", i => i.FiscalYear.Japanese, 10, 12),
        new("区分", i => i.Segment, 6, 10),
        new("値", i => i.Value is { } v ? v : (i.Gap ?? Gap.NotReported).Japanese(), 8, 14),
        new("単位", i => i.Unit, 6, 8),
        new("所属", i => i.IsPublished ? "公表済み" : i.Division, 8, 24),
        new("出典", i => i.Source, 10, 50),
        new("備考", i => i.Notes, 8, 40, Wrap: true),
    ];

    private static readonly TableColumn<OpenFindingRow>[] FindingColumns =
    [
        new("所属", f => f.Division, 8, 24),
        new("ファイル名", f => f.FileName, 12, 36),
        new("重要度", f => FindingText.Severity(f.Finding.Severity), 8, 8),
        new("状態", f => FindingText.Status(f.Finding), 8, 10),
        new("シート", f => f.Finding.Sheet, 8, 16),
        new("セル", f => f.Finding.Cell, 6, 8),
        new("項目", f => f.Finding.Field, 8, 16),
        new("入力値", f => f.Finding.Value, 8, 24, Wrap: true),
        new("内容", f => f.Finding.Message, 30, 60, Wrap: true),
        new("修正方法", f => f.Finding.Fix, 30, 60, Wrap: true),
        new("説明（備考）", f => f.Finding.Explanation, 12, 40, Wrap: true),
        new("ルールID", f => f.Finding.RuleId, 10, 24),
    ];

    public static void Write(MasterModel model, Stream output)
    {
        using var package = new XlsxPackage(output);

        StreamedTableSheet.Write(
            package,
            StatusSheet,
            "SubmissionStatus",
            StatusColumns,
            model.Status,
            [
                ("提出状況", NotSubmitted, Palette.Missing, Palette.MissingText),
                ("結果", Outcome.Accepted.Japanese(), Palette.Good, Palette.GoodText),
                ("結果", Outcome.AcceptedWithWarnings.Japanese(), Palette.Neutral, Palette.NeutralText),
                ("結果", Outcome.Returned.Japanese(), Palette.Bad, Palette.BadText),
                ("結果", Outcome.Unreadable.Japanese(), Palette.Bad, Palette.BadText),
            ]);

        StreamedTableSheet.Write(
            package,
            ProgressSheet,
            "MeasureProgress",
            ProgressColumns,
            model.Progress,
            [.. GapWords.Select(w => ("進捗区分", w, Palette.Missing, Palette.MissingText))]);

        var valueColumn = Array.FindIndex(IndicatorColumns, c => c.Header == "値");
        var valueFormats = ValueFormats(model);
        StreamedTableSheet.Write(
            package,
            IndicatorSheet,
            "IndicatorValues",
            IndicatorColumns,
            model.Indicators,
            [.. GapWords.Select(w => ("値", w, Palette.Missing, Palette.MissingText))],
            (row, column) => column == valueColumn ? valueFormats[row.IndicatorId] : null);

        StreamedTableSheet.Write(
            package,
            FindingSheet,
            "OpenFindings",
            FindingColumns,
            model.Findings,
            [
                ("重要度", FindingText.Severity(Core.Findings.Severity.Error), Palette.Bad, Palette.BadText),
                ("重要度", FindingText.Severity(Core.Findings.Severity.Warning), Palette.Neutral, Palette.NeutralText),
            ]);

        WriteSummary(package, model);
        WriteCharts(package, model);
        WriteCounts(package, model);
        WriteThemes(package, model);
        WriteReminders(package, model);

        package.Finish($"{model.ReportingYear.Japanese} 進捗状況 集約", model.Status.Max(s => s.ReceivedAt));
    }

    /// <summary>
    /// Number format of 値 by indicator: the indicator's own decimals, or for one without a summary the
    /// scale of its values (at most 3 places).
    /// </summary>
    private static Dictionary<string, string> ValueFormats(MasterModel model)
    {
        var decimals = model.Summary.ToDictionary(s => s.IndicatorId, s => s.Decimals, StringComparer.Ordinal);
        var scales = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in model.Indicators)
        {
            if (!decimals.ContainsKey(row.IndicatorId))
            {
                scales[row.IndicatorId] = Math.Max(scales.GetValueOrDefault(row.IndicatorId), row.Value is { } v ? Scale(v) : 0);
            }
        }

        return model.Indicators
            .Select(r => r.IndicatorId)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => NumberFormats.ForDecimals(decimals.TryGetValue(id, out var d) ? d : scales[id]), StringComparer.Ordinal);
    }

    private static int Scale(decimal value) => Math.Min(3, (decimal.GetBits(value)[3] >> 16) & 0xFF);
}
