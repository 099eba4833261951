using System.Globalization;
using System.Text.RegularExpressions;

namespace ProgressIngest.Core.Normalising;

/// <summary>
/// Reads a fiscal year (年度, April–March) as the western year it starts in: 令和6年度 → 2024.
/// Callers use <see cref="Model.FiscalYear.Parse"/>; the type also formats years and gives their date range.
/// </summary>
public static partial class FiscalYearParser
{
    /// <summary>Earliest fiscal year accepted (平成元年度).</summary>
    public const int MinYear = 1989;

    /// <summary>Latest fiscal year accepted.</summary>
    public const int MaxYear = 2100;

    /// <summary>
    /// Returns the starting western year of the fiscal year in <paramref name="raw"/>, or null when
    /// unreadable or outside <see cref="MinYear"/>..<see cref="MaxYear"/>. Accepts whole numbers
    /// (2024, 2024.0) and text such as "R6", "Ｒ６", "R06", "令和6年度", "令和元年度", "H30",
    /// "平成30年度", "2024", "2024年度", "2024年", "FY2024", "令和6(2024)年度" and "2024(令和6)年度"
    /// (the two halves must agree). Dates are not accepted: which year they mean is a guess.
    /// </summary>
    public static int? Parse(object? raw) => raw switch
    {
        string s => ParseText(s),
        double d when d == Math.Floor(d) && d >= MinYear && d <= MaxYear => (int)d,
        int i => InRange(i),
        long l when l is >= MinYear and <= MaxYear => (int)l,
        decimal m when m == decimal.Truncate(m) && m >= MinYear && m <= MaxYear => (int)m,
        _ => null,
    };

    private static int? ParseText(string s)
    {
        var text = Compact(s);
        var era = EraPattern().Match(text);
        if (era.Success)
        {
            var year = JapaneseEra.ToWesternYear(era.Groups["era"].Value, era.Groups["n"].Value);
            return Agrees(year, era.Groups["western"]);
        }

        var western = WesternPattern().Match(text);
        if (western.Success)
        {
            var year = int.Parse(western.Groups["western"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            var eraGroup = western.Groups["era"];
            if (eraGroup.Success && JapaneseEra.ToWesternYear(eraGroup.Value, western.Groups["n"].Value) != year)
            {
                return null;
            }

            return InRange(year);
        }

        return null;
    }

    private static int? Agrees(int? year, Group westernGroup)
    {
        if (year is null)
        {
            return null;
        }

        if (westernGroup.Success
            && int.Parse(westernGroup.Value, NumberStyles.None, CultureInfo.InvariantCulture) != year)
        {
            return null;
        }

        return InRange(year.Value);
    }

    private static int? InRange(int year) => year is >= MinYear and <= MaxYear ? year : null;

    /// <summary>Clean, drop all spaces, upper-case ASCII so "r 6" and "Ｒ６" look like "R6".</summary>
    private static string Compact(string s)
    {
        var cleaned = TextNormaliser.Clean(s);
        return string.Concat(cleaned.Where(c => c != ' ').Select(TextNormaliser.ToAsciiUpper));
    }

    [GeneratedRegex("^(?<era>" + JapaneseEra.NamePattern + ")(?<n>" + JapaneseEra.YearPattern + @")(?:\((?<western>[0-9]{4})(?:年度|年)?\))?(?:年度|年)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EraPattern();

    [GeneratedRegex("^(?:FY)?(?<western>[0-9]{4})(?:\\((?<era>" + JapaneseEra.NamePattern + ")(?<n>" + JapaneseEra.YearPattern + @")(?:年度|年)?\))?(?:年度|年)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WesternPattern();
}
