using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProgressIngest.Core.Normalising;

/// <summary>
/// Reads a date cell: real dates, Excel serial numbers (Japanese-era formatted cells arrive as plain
/// doubles) and typed text in western or era notation. For fiscal-year ranges see
/// <see cref="Model.FiscalYear"/>.
/// </summary>
public static partial class JapaneseDateParser
{
    // DateTime.FromOADate accepts serials up to 2958465 (9999-12-31).
    private const double MaxSerialExclusive = 2958466;

    /// <summary>
    /// Returns the date in <paramref name="raw"/>, or null when it is not a real date.
    /// DateTime → its date. double → Excel serial (1900 system) when 1 &lt;= serial &lt; 2958466, unless
    /// <paramref name="numberFormat"/> is a percent format; an 8-digit whole number such as 20250131
    /// is read as yyyymmdd. Text (after NFKC) may be "2025/1/31", "2025-01-31", "2025.1.31",
    /// "2025年1月31日", "20250131", "令和7年1月31日", "令和元年5月1日", "R7.1.31", "R7/1/31",
    /// "R7年1月31日" or "H31.4.30", optionally followed by a weekday "(金)" or a time "0:00:00".
    /// Impossible dates such as 2025/2/30 give null.
    /// </summary>
    public static DateOnly? Parse(object? raw, string? numberFormat) => raw switch
    {
        DateTime dt => DateOnly.FromDateTime(dt),
        DateOnly d => d,
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
        double d => FromNumber(d, numberFormat),
        int i => FromNumber(i, numberFormat),
        long l => FromNumber(l, numberFormat),
        string s => ParseText(s),
        _ => null,
    };

    private static DateOnly? FromNumber(double serial, string? numberFormat)
    {
        if (NumberParser.IsPercentFormat(numberFormat))
        {
            return null;
        }

        if (serial >= 1 && serial < MaxSerialExclusive)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        if (serial >= 10000101 && serial <= 99991231 && serial == Math.Floor(serial))
        {
            var n = (int)serial;
            return Create(n / 10000, n / 100 % 100, n % 100);
        }

        return null;
    }

    private static DateOnly? ParseText(string s)
    {
        var text = Compact(s);
        var match = WesternPattern().Match(text);
        if (match.Success)
        {
            return Create(Number(match.Groups["y"]), Number(match.Groups["m"]), Number(match.Groups["d"]));
        }

        match = EraPattern().Match(text);
        if (match.Success)
        {
            var year = JapaneseEra.ToWesternYear(match.Groups["era"].Value, match.Groups["n"].Value);
            return year is null ? null : Create(year.Value, Number(match.Groups["m"]), Number(match.Groups["d"]));
        }

        return null;
    }

    /// <summary>Clean, drop a trailing time and weekday, remove spaces, fold dashes, upper-case ASCII.</summary>
    private static string Compact(string s)
    {
        var cleaned = TextNormaliser.Clean(s);
        cleaned = TimeSuffix().Replace(cleaned, "");
        var sb = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (c != ' ')
            {
                sb.Append(TextNormaliser.IsDashLike(c) ? '-' : TextNormaliser.ToAsciiUpper(c));
            }
        }

        return WeekdaySuffix().Replace(sb.ToString(), "");
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly? Create(int year, int month, int day)
        => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日|(?<sep>[/.\-])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})|(?<m>[0-9]{2})(?<d>[0-9]{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex WesternPattern();

    [GeneratedRegex("^(?<era>" + JapaneseEra.NamePattern + ")(?<n>" + JapaneseEra.YearPattern + @")(?:年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日|(?<sep>[/.\-])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex EraPattern();

    [GeneratedRegex(@"[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeSuffix();

    [GeneratedRegex(@"\((?:月|火|水|木|金|土|日)(?:曜日?)?\)$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdaySuffix();
}
