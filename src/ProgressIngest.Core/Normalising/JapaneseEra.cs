using System.Globalization;

namespace ProgressIngest.Core.Normalising;

/// <summary>
/// Reiwa and Heisei era years as written in municipal forms (令和/R, 平成/H, 元 for year 1). The only place
/// that knows where the eras begin: everything else asks here or goes through <see cref="Model.FiscalYear"/>.
/// </summary>
internal static class JapaneseEra
{
    /// <summary>Regex alternation for the era names, after ASCII upper-casing.</summary>
    internal const string NamePattern = "令和|R|平成|H";

    /// <summary>Regex alternation for the year within an era.</summary>
    internal const string YearPattern = "元|[0-9]{1,2}";

    private const int ReiwaOffset = 2018;
    private const int HeiseiOffset = 1988;

    // Heisei ended in its 31st year; anything later is a typo for a Reiwa year, not a date to guess at.
    private const int LastHeiseiYear = 31;

    // The first days of the eras: 1 May 2019 and 8 January 1989.
    private static readonly DateOnly ReiwaStart = new(ReiwaOffset + 1, 5, 1);
    private static readonly DateOnly HeiseiStart = new(HeiseiOffset + 1, 1, 8);

    internal static int? ToWesternYear(string era, string eraYear)
    {
        int n;
        if (eraYear == "元")
        {
            n = 1;
        }
        else if (!int.TryParse(eraYear, NumberStyles.None, CultureInfo.InvariantCulture, out n) || n < 1)
        {
            return null;
        }

        return era switch
        {
            "令和" or "R" => ReiwaOffset + n,
            "平成" or "H" when n <= LastHeiseiYear => HeiseiOffset + n,
            _ => null,
        };
    }

    /// <summary>
    /// The era year a fiscal year is named by: by its number alone, so 2019 (which began on 1 April, still in
    /// Heisei) is 令和元年度, as the city writes it. Null before Heisei.
    /// </summary>
    internal static EraYear? OfFiscalYear(int westernYear) => westernYear switch
    {
        > ReiwaOffset => new EraYear("令和", 'R', westernYear - ReiwaOffset),
        > HeiseiOffset => new EraYear("平成", 'H', westernYear - HeiseiOffset),
        _ => null,
    };

    /// <summary>The era year of a calendar date, by the day the era began (2019/4/30 is 平成31年, 2019/5/1 令和元年). Null before Heisei.</summary>
    internal static EraYear? OfDate(DateOnly date)
    {
        if (date >= ReiwaStart)
        {
            return new EraYear("令和", 'R', date.Year - ReiwaOffset);
        }

        return date >= HeiseiStart ? new EraYear("平成", 'H', date.Year - HeiseiOffset) : null;
    }
}

/// <summary>A year within an era: 令和 7, 平成 30.</summary>
/// <param name="Letter">The initial used in short forms (R7, H30).</param>
internal readonly record struct EraYear(string Name, char Letter, int Year)
{
    /// <summary>「元」 for the first year, otherwise half-width digits.</summary>
    public string YearText => Year == 1 ? "元" : Year.ToString(CultureInfo.InvariantCulture);
}
