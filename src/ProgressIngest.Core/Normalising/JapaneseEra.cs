namespace ProgressIngest.Core.Normalising;

/// <summary>Reiwa and Heisei era years as written in municipal forms (令和/R, 平成/H, 元 for year 1).</summary>
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

    internal static int? ToWesternYear(string era, string eraYear)
    {
        int n;
        if (eraYear == "元")
        {
            n = 1;
        }
        else if (!int.TryParse(eraYear, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n) || n < 1)
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

    internal static bool IsReiwa(int westernYear) => westernYear > ReiwaOffset;

    internal static bool IsHeisei(int westernYear) => westernYear > HeiseiOffset && westernYear <= ReiwaOffset;

    internal static int ReiwaYear(int westernYear) => westernYear - ReiwaOffset;

    internal static int HeiseiYear(int westernYear) => westernYear - HeiseiOffset;
}
