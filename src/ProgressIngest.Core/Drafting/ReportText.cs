using System.Text.RegularExpressions;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Drafting;

/// <summary>
/// How the report writes years and lists: a single digit full-width, as the city's reports do
/// (「令和６年度」「（１）」), longer numbers half-width (「令和10年度」「34件」).
/// </summary>
public static partial class ReportText
{
    /// <summary>「令和６年度」.</summary>
    public static string Year(FiscalYear fiscalYear) => FullWidthSingleDigits(fiscalYear.Japanese);

    /// <summary>Single digits (not part of a longer number) in full width: "令和6年度" → "令和６年度".</summary>
    public static string FullWidthSingleDigits(string text)
        => SingleDigit().Replace(text, m => ((char)('０' + (m.Value[0] - '0'))).ToString());

    /// <summary>「A」, 「A及びB」, 「A、B及びC」.</summary>
    public static string And(IReadOnlyList<string> items)
        => items.Count <= 1 ? string.Concat(items) : string.Join("、", items.Take(items.Count - 1)) + "及び" + items[^1];

    /// <summary>「A・B」 for segments named together before ともに.</summary>
    public static string Dot(IReadOnlyList<string> items) => string.Join("・", items);

    /// <summary>①…⑳ for a sub-pillar number.</summary>
    public static string Circled(int n) => n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString() : $"({n})";

    /// <summary>（１）, the number of a pillar.</summary>
    public static string Parenthesised(int n) => $"（{FullWidthSingleDigits(n.ToString(System.Globalization.CultureInfo.InvariantCulture))}）";

    [GeneratedRegex(@"(?<![0-9])[0-9](?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SingleDigit();
}
