using System.Globalization;

namespace ProgressIngest.Core.Normalising;

/// <summary>
/// Reads a numeric cell as ExcelDataReader hands it over (double, or text typed by hand with
/// full-width digits, ▲ for minus, thousands separators, % or a unit word).
/// </summary>
public static class NumberParser
{
    internal const string NotANumberProblem = "数値ではありません";
    internal const string UnreadableProblem = "数値として読めません";
    internal const string BadGroupingProblem = "桁区切りのカンマの位置が正しくありません";
    internal const string ApproximateProblem = "「約」「程度」などを付けず、数値だけを入力してください";
    internal const string TooLargeProblem = "数値が大きすぎます";

    // Longest first so "ポイント" is not mistaken for something shorter; ASCII ones match any case.
    private static readonly string[] UnitWords = ["ポイント", "時間", "部署", "件", "名", "人", "講", "回", "pt", "h"];

    /// <summary>What people type when a figure is not known yet; the template's guide names the first two.</summary>
    public static IReadOnlyList<string> PendingMarkers { get; } = ["未確定", "集計中", "調査中", "確認中"];

    private static readonly string[] ApproximatePrefixes = ["約", "およそ", "概ね", "おおむね", "ほぼ", "大体", "だいたい"];

    private static readonly string[] ApproximateSuffixes = ["程度", "前後", "以上", "以下", "未満", "超", "余り", "あまり", "強", "弱", "ほど", "くらい", "ぐらい"];

    // Formula errors normally arrive as null, but people also paste the error text as a value.
    private static readonly HashSet<string> ExcelErrors = new(StringComparer.OrdinalIgnoreCase)
    {
        "#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!",
        "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
    };

    /// <summary>
    /// Reads <paramref name="raw"/> as a number. Numbers in a percent-formatted cell are scaled to
    /// percent units (0.534 with "0.0%" → 53.4, IsPercent). Text keeps the scale it was typed with
    /// ("53.40" → 53.40); numbers stored as doubles are rounded to 10 decimal places and trimmed.
    /// Blank cells and no-value markers (see <see cref="TextNormaliser.IsNoValueMarker"/>) are Missing.
    /// </summary>
    public static ParsedNumber Parse(object? raw, string? numberFormat) => raw switch
    {
        null => Missing(),
        string s => ParseText(s),
        double d => FromDouble(d, numberFormat),
        float f => FromDouble(f, numberFormat),
        decimal m => FromDecimal(m, numberFormat),
        int i => FromDecimal(i, numberFormat),
        long l => FromDecimal(l, numberFormat),
        short sh => FromDecimal(sh, numberFormat),
        _ => Invalid(NotANumberProblem),
    };

    /// <summary>
    /// True when an Excel number format displays values as percentages: it has a '%' outside quoted
    /// literals, [..] sections and escaped characters. "0.0%" → true; "0\"%\"" → false; null → false.
    /// </summary>
    public static bool IsPercentFormat(string? numberFormat)
    {
        if (string.IsNullOrEmpty(numberFormat))
        {
            return false;
        }

        for (var i = 0; i < numberFormat.Length; i++)
        {
            switch (numberFormat[i])
            {
                case '"':
                    var close = numberFormat.IndexOf('"', i + 1);
                    i = close < 0 ? numberFormat.Length : close;
                    break;
                case '[':
                    var end = numberFormat.IndexOf(']', i + 1);
                    i = end < 0 ? numberFormat.Length : end;
                    break;
                case '\\' or '_' or '*':
                    // Escape, padding and fill codes each consume the next character literally.
                    i++;
                    break;
                case '%':
                    return true;
            }
        }

        return false;
    }

    private static ParsedNumber FromDouble(double d, string? numberFormat)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return Invalid(NotANumberProblem);
        }

        try
        {
            // The double→decimal conversion keeps 15 significant digits, which is what Excel shows.
            return FromDecimal((decimal)d, numberFormat);
        }
        catch (OverflowException)
        {
            return Invalid(TooLargeProblem);
        }
    }

    private static ParsedNumber FromDecimal(decimal value, string? numberFormat)
    {
        var isPercent = IsPercentFormat(numberFormat);
        try
        {
            var scaled = isPercent ? value * 100m : value;
            return new ParsedNumber(ParseStatus.Ok, TrimScale(Math.Round(scaled, 10)), isPercent, null, null);
        }
        catch (OverflowException)
        {
            return Invalid(TooLargeProblem);
        }
    }

    private static ParsedNumber ParseText(string s)
    {
        var cleaned = TextNormaliser.Clean(s);
        if (TextNormaliser.IsNoValueMarker(cleaned))
        {
            return Missing();
        }

        if (PendingMarkers.Contains(cleaned))
        {
            return new ParsedNumber(ParseStatus.Pending, 0m, false, null, null);
        }

        if (cleaned.StartsWith('#') && ExcelErrors.Contains(cleaned))
        {
            return Invalid($"Excelのエラー値（{cleaned.ToUpperInvariant()}）です");
        }

        var text = cleaned;
        var negative = false;
        if (text[0] is '▲' or '△' or '-' or '\u2212')
        {
            negative = true;
            text = text[1..].TrimStart(' ');
        }
        else if (text[0] == '+')
        {
            text = text[1..].TrimStart(' ');
        }

        var isPercent = false;
        string? unit = null;
        if (text.EndsWith('%'))
        {
            isPercent = true;
            unit = "%";
            text = text[..^1].TrimEnd(' ');
        }
        else
        {
            foreach (var word in UnitWords)
            {
                if (text.Length > word.Length && text.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    unit = word;
                    text = text[..^word.Length].TrimEnd(' ');
                    break;
                }
            }
        }

        if (text.Contains(','))
        {
            if (!HasValidGrouping(text))
            {
                return Invalid(BadGroupingProblem);
            }

            text = text.Replace(",", "", StringComparison.Ordinal);
        }

        if (!IsPlainDecimal(text))
        {
            return Invalid(LooksApproximate(cleaned) ? ApproximateProblem : UnreadableProblem);
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return Invalid(TooLargeProblem);
        }

        if (negative && value != 0m)
        {
            value = -value;
        }

        return new ParsedNumber(ParseStatus.Ok, value, isPercent, unit, null);
    }

    /// <summary>Digits grouped in threes before an optional fraction: 1,234 or 1,234,567.5.</summary>
    private static bool HasValidGrouping(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? text : text[..dot];
        var groups = integerPart.Split(',');
        if (groups[0].Length is < 1 or > 3 || !TextNormaliser.IsAsciiDigits(groups[0]))
        {
            return false;
        }

        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length != 3 || !TextNormaliser.IsAsciiDigits(groups[i]))
            {
                return false;
            }
        }

        return dot < 0 || !text[(dot + 1)..].Contains(',');
    }

    /// <summary>ASCII digits with at most one '.', and at least one digit.</summary>
    private static bool IsPlainDecimal(string text)
    {
        var digits = 0;
        var dots = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.')
            {
                dots++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && dots <= 1;
    }

    private static bool LooksApproximate(string cleaned)
        => Array.Exists(ApproximatePrefixes, p => cleaned.StartsWith(p, StringComparison.Ordinal))
           || Array.Exists(ApproximateSuffixes, p => cleaned.EndsWith(p, StringComparison.Ordinal));

    // Removes trailing zeros from the scale so 53.400000 (binary-noise rounding) reads as 53.4.
    private static decimal TrimScale(decimal value) => value / 1.0000000000000000000000000000m;

    private static ParsedNumber Missing() => new(ParseStatus.Missing, 0m, false, null, null);

    private static ParsedNumber Invalid(string problem) => new(ParseStatus.Invalid, 0m, false, null, problem);
}
