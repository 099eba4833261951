using System.Globalization;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Reporting;

/// <summary>
/// Lists every number, year and date of a submission next to what was read from it, so a clerk can
/// confirm the tool understood 「１９９．１」, a percent cell or 令和７年度 the way they meant it.
/// </summary>
public static class ReadBack
{
    public const string NotANumber = "（数値として読めません）";
    public const string NotAYear = "（年度として読めません）";
    public const string NotADate = "（日付として読めません）";
    public const string NoValue = "（値なし）";

    /// <summary>The cover's 報告年度 and 提出日, then 年度, 値 and 基準日 of each 指標 row, in sheet order; blank cells and Excel error cells are left out.</summary>
    public static IReadOnlyList<ReadBackRow> From(Submission submission)
    {
        var rows = new List<ReadBackRow>();
        if (submission.Cover is { } cover)
        {
            Add(rows, cover.ReportingYearField, CoverLabels.ReportingYear, Year(cover.ReportingYear));
            Add(rows, cover.SubmittedOnField, CoverLabels.SubmittedOn, Date(cover.SubmittedOn));
        }

        foreach (var entry in submission.Indicators)
        {
            var item = $"{entry.IndicatorId ?? entry.TypedId} {entry.Segment}".Trim();
            string Label(ColumnSpec column) => item.Length == 0 ? column.Label : $"{column.Label}（{item}）";

            Add(rows, entry.YearField, Label(IndicatorColumns.Year), Year(entry.FiscalYear));
            Add(rows, entry.ValueField, Label(IndicatorColumns.Value), Number(entry.Value));
            Add(rows, entry.AsOfField, Label(IndicatorColumns.AsOf), Date(entry.AsOf));
        }

        return rows;
    }

    /// <summary>
    /// The cell as the submitter sees it. A percent cell stores the fraction, so both are shown: 「0.512（51.2%表示）」.
    /// A date cell with an era format arrives as its serial number.
    /// </summary>
    public static string Typed(Field field) => field.Raw switch
    {
        double d when NumberParser.IsPercentFormat(field.Format) && Math.Abs(d) < 1e15 => $"{field.Typed}（{Invariant((decimal)d * 100m)}%表示）",
        _ => field.Typed,
    };

    private static void Add(List<ReadBackRow> rows, Field field, string item, string read)
    {
        if (field.At is not { } at || field.IsBlank || field.IsError || field.IsUncalculated)
        {
            return;
        }

        rows.Add(new ReadBackRow(at.Sheet, at.A1, item, Typed(field), read));
    }

    private static string Year(FiscalYear? fiscalYear) => fiscalYear is { } y ? y.Japanese : NotAYear;

    private static string Date(DateOnly? date) => date is { } d ? FiscalYearExamples.Slashed(d) : NotADate;

    private static string Number(ParsedNumber number) => number.Status switch
    {
        ParseStatus.Ok => Invariant(number.Value),
        ParseStatus.Missing => NoValue,
        ParseStatus.Pending => "未確定（値が確定していない）",
        _ => NotANumber,
    };

    // Rounded like NumberParser rounds stored doubles, so binary noise never shows.
    private static string Invariant(decimal value) => (Math.Round(value, 10) / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
