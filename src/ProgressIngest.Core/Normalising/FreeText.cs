using System.Globalization;
using System.Text;

namespace ProgressIngest.Core.Normalising;

/// <summary>
/// Free text (実施内容・実績, 課題, 次年度以降の予定, 備考, cover names) is kept as the submitter typed it:
/// the planning division pastes it into a formal report, so ①, ㈱, ㎡, Ⅲ, full-width letters and brackets,
/// U+3000 and half-width katakana all stay. Only what no reader wants changes: spaces and blank lines at
/// the ends, Excel's <c>_x000D_</c>-style escapes of control characters, the control characters themselves
/// (a tab becomes a space), lone surrogates, and line endings (CR LF and CR become LF).
/// </summary>
public static class FreeText
{
    public static string AsTyped(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return "";
        }

        if (IsAlreadyClean(s))
        {
            return s;
        }

        var decoded = DecodeControlEscapes(s);
        var sb = new StringBuilder(decoded.Length);
        for (var i = 0; i < decoded.Length; i++)
        {
            var c = decoded[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < decoded.Length && decoded[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\n')
            {
                sb.Append('\n');
            }
            else if (c == '\t')
            {
                sb.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < decoded.Length && char.IsLowSurrogate(decoded[i + 1]))
            {
                sb.Append(c).Append(decoded[++i]);
            }
            else if (char.IsSurrogate(c) || IsControl(c))
            {
                // Dropped: a lone surrogate cannot be written to XML, a control character cannot be seen.
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>Excel stores a control character in a cell as <c>_xHHHH_</c>; only those escapes are decoded, so typed text like "_x0041_" stays.</summary>
    private static string DecodeControlEscapes(string s)
    {
        if (!s.Contains("_x", StringComparison.OrdinalIgnoreCase))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '_' && i + 6 < s.Length && (s[i + 1] is 'x' or 'X') && s[i + 6] == '_'
                && int.TryParse(s.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                && code < 0x20)
            {
                sb.Append((char)code);
                i += 6;
            }
            else
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }

    private static bool IsControl(char c) => c < ' ' || c is >= '\u007F' and <= '\u009F';

    private static bool IsAlreadyClean(string s)
    {
        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))
        {
            return false;
        }

        foreach (var c in s)
        {
            if ((IsControl(c) && c != '\n') || char.IsSurrogate(c) || c == '_')
            {
                return false;
            }
        }

        return true;
    }
}
