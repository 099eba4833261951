using System.Text;
using ClosedXML.Excel;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Writes text into a cell as text, whatever it looks like: "001234", "2024/1/31" or "=1+1" must come
/// back exactly as typed and never become a number, a date or a formula (ClosedXML 0.95.4 coerces strings set through Value).
/// </summary>
internal static class CellText
{
    /// <summary>Excel's limit for the text of one cell.</summary>
    public const int MaxLength = 32_767;

    public const string TruncatedSuffix = "…（文字数が上限を超えるため以下省略）";

    public static void Set(IXLCell cell, string? text)
    {
        var safe = Safe(text);
        if (safe.Length == 0)
        {
            if (!cell.IsEmpty())
            {
                cell.Clear(XLClearOptions.Contents);
            }

            return;
        }

        cell.SetValue<string>(safe);
        if (NeedsQuotePrefix(safe))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    /// <summary>
    /// Text as it can be stored: lone surrogates replaced, and cut to Excel's limit
    /// (ClosedXML throws beyond it, and the rest of the workbook must still be written).
    /// </summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = HasLoneSurrogate(text) ? ReplaceLoneSurrogates(text) : text;
        if (result.Length > MaxLength)
        {
            var keep = MaxLength - TruncatedSuffix.Length;
            if (char.IsHighSurrogate(result[keep - 1]))
            {
                keep--;
            }

            result = string.Concat(result.AsSpan(0, keep), TruncatedSuffix);
        }

        return result;
    }

    /// <summary>
    /// Text that spreadsheet tools (or a CSV export) would treat as the start of a formula, including
    /// the full-width forms a Japanese IME produces.
    /// </summary>
    public static bool NeedsQuotePrefix(string text)
        => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '\0' or '＝' or '＋' or '－' or '＠';

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            sb.Append(rune.ToString());
        }

        return sb.ToString();
    }
}
