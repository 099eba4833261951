using System.Globalization;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Normalising;

/// <summary>
/// Example dates for a fiscal year, for templates and messages: an example must lie inside the year
/// being reported (令和7年度 runs 2025/4/1–2026/3/31, so 2026/1/31, never 2025/1/31).
/// </summary>
public static class FiscalYearExamples
{
    /// <summary>31 January of the fiscal year's second calendar year (2025 → 2026/1/31): the 1月末 date most figures are taken at.</summary>
    public static DateOnly Date(FiscalYear fiscalYear) => new(fiscalYear.End.Year, 1, 31);

    /// <summary>The example date in western notation: "2026/1/31" for fiscal 2025.</summary>
    public static string Western(FiscalYear fiscalYear) => Slashed(Date(fiscalYear));

    /// <summary>The example date in era notation: "令和8年1月31日" for fiscal 2025.</summary>
    public static string Era(FiscalYear fiscalYear) => EraDate(Date(fiscalYear));

    /// <summary>Both notations quoted for a sentence: 「2026/1/31」や「令和8年1月31日」.</summary>
    public static string Quoted(FiscalYear fiscalYear) => $"「{Western(fiscalYear)}」や「{Era(fiscalYear)}」";

    /// <summary>
    /// The same month and day in the calendar year that puts it inside the fiscal year: a date typed with
    /// the fiscal year's number (R7.1.31 = 2025/1/31 for 令和7年度) becomes 2026/1/31. April–December fall
    /// in the fiscal year's own calendar year, January–March in the next one; 29 February becomes the 28th
    /// where that year has none. A date already inside the fiscal year is returned unchanged.
    /// </summary>
    public static DateOnly SuggestInFiscalYear(DateOnly date, FiscalYear fiscalYear)
    {
        var year = date.Month >= 4 ? fiscalYear.Start.Year : fiscalYear.End.Year;
        return new DateOnly(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));
    }

    /// <summary>"2026/1/31": the way the template asks dates to be typed.</summary>
    public static string Slashed(DateOnly date) => date.ToString("yyyy/M/d", CultureInfo.InvariantCulture);

    /// <summary>"令和8年1月31日", "令和元年5月1日", "平成31年4月30日"; before Heisei the western form "1988年1月1日".</summary>
    public static string EraDate(DateOnly date)
    {
        var monthDay = $"{date.Month.ToString(CultureInfo.InvariantCulture)}月{date.Day.ToString(CultureInfo.InvariantCulture)}日";
        return JapaneseEra.OfDate(date) is { } era
            ? $"{era.Name}{era.YearText}年{monthDay}"
            : $"{date.Year.ToString(CultureInfo.InvariantCulture)}年{monthDay}";
    }
}
