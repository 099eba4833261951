using System.Globalization;
using System.Text;

namespace ProgressIngest.Core.Tests.Normalising;

/// <summary>
/// The straightforward TextNormaliser as it was before its fast paths (NFKC through ICU for every
/// string, StringBuilder copies); kept as the oracle the fast paths must agree with.
/// </summary>
internal static class ReferenceNormaliser
{
    /// <summary>
    /// NFKC-normalises, turns control characters (including tab and line breaks) into spaces, drops
    /// invisible format characters and lone surrogates, collapses whitespace runs (U+3000, NBSP, …)
    /// into one space and trims. Null becomes "".
    /// </summary>
    internal static string Clean(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return "";
        }

        var normalised = Prepare(s);
        var sb = new StringBuilder(normalised.Length);
        AppendCollapsed(sb, normalised);
        return sb.ToString().Trim(' ');
    }

    /// <summary>
    /// Like <see cref="Clean"/> but keeps line breaks, for long free text: \r\n and \r become \n,
    /// whitespace runs inside a line collapse to one space, trailing spaces on each line go, runs of
    /// blank lines shrink to a single blank line, and the text as a whole is trimmed.
    /// </summary>
    internal static string CleanMultiline(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return "";
        }

        var normalised = Prepare(s)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\u2028', '\n')
            .Replace('\u2029', '\n');

        var sb = new StringBuilder(normalised.Length);
        var pendingBlank = false;
        foreach (var rawLine in normalised.Split('\n'))
        {
            var lineSb = new StringBuilder(rawLine.Length);
            AppendCollapsed(lineSb, rawLine);
            var line = lineSb.ToString().TrimEnd(' ');
            if (line.Length == 0)
            {
                pendingBlank = sb.Length > 0;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(pendingBlank ? "\n\n" : "\n");
            }

            sb.Append(line);
            pendingBlank = false;
        }

        return sb.ToString().TrimStart(' ');
    }

    /// <summary>
    /// A comparison key for header labels and sheet names: <see cref="Clean"/>, then all spaces
    /// removed, dash look-alikes (including the katakana long-vowel mark) folded to '-', and ASCII
    /// letters lower-cased. Only absorbs spacing, width and dash differences — not wording.
    /// </summary>
    internal static string Key(string? s)
    {
        var cleaned = Clean(s);
        var sb = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (c == ' ')
            {
                continue;
            }

            sb.Append(IsDashLike(c) ? '-' : ToAsciiLower(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Normalises an identifier as submitters type it: NFKC, all whitespace removed, dash look-alikes
    /// and '_' folded to '-', ASCII upper-cased, and a three-part numeric id gets a two-digit last part
    /// ("1-1-1" → "1-1-01"). Example: 「１－１－０１」 → "1-1-01", "f3－２" → "F3-2".
    /// </summary>
    internal static string NormaliseId(string? s)
    {
        var cleaned = Clean(s);
        var sb = new StringBuilder(cleaned.Length + 1);
        foreach (var c in cleaned)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            sb.Append(IsDashLike(c) || c == '_' ? '-' : ToAsciiUpper(c));
        }

        var id = sb.ToString();
        var parts = id.Split('-');
        if (parts.Length == 3 && Array.TrueForAll(parts, IsAsciiDigits) && parts[2].Length == 1)
        {
            id = $"{parts[0]}-{parts[1]}-0{parts[2]}";
        }

        return id;
    }

    /// <summary>Hyphens, dashes, minus signs and the katakana long-vowel mark (full and half width).</summary>
    internal static bool IsDashLike(char c) => c switch
    {
        '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2043'
            or '\u2212' or '\u30FC' or '\uFF70' or '\uFF0D' or '\uFE63' or '\u2500' => true,
        _ => false,
    };

    internal static char ToAsciiUpper(char c) => c is >= 'a' and <= 'z' ? (char)(c - 32) : c;

    internal static char ToAsciiLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    internal static bool IsAsciiDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    /// <summary>Decodes OOXML escapes, drops lone surrogates (NFKC would throw on them), then NFKC.</summary>
    private static string Prepare(string s)
    {
        var decoded = DecodeOoxmlControlEscapes(s);
        var sb = new StringBuilder(decoded.Length);
        for (var i = 0; i < decoded.Length; i++)
        {
            var c = decoded[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < decoded.Length && char.IsLowSurrogate(decoded[i + 1]))
                {
                    sb.Append(c).Append(decoded[i + 1]);
                    i++;
                }

                continue;
            }

            if (char.IsLowSurrogate(c))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().Normalize(NormalizationForm.FormKC);
    }

    // Excel stores control characters in xlsx strings as "_x000D_" etc. and ExcelDataReader hands
    // them over undecoded, so a cell with a line break can read "行1_x000D_\n行2".
    private static string DecodeOoxmlControlEscapes(string s)
    {
        if (!s.Contains("_x", StringComparison.OrdinalIgnoreCase))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (i + 7 <= s.Length
                && s[i] == '_'
                && (s[i + 1] == 'x' || s[i + 1] == 'X')
                && s[i + 6] == '_'
                && int.TryParse(s.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                && (code < 0x20 || code == 0x7F))
            {
                sb.Append((char)code);
                i += 7;
                continue;
            }

            sb.Append(s[i]);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>Appends <paramref name="text"/> with controls as spaces, format chars dropped, whitespace runs as one space.</summary>
    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        var lastWasSpace = sb.Length > 0 && sb[^1] == ' ';
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format)
            {
                // Zero-width spaces, BOMs, bidi marks: invisible, and they break equality.
                continue;
            }

            if (char.IsWhiteSpace(c) || category == UnicodeCategory.Control)
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            sb.Append(c);
            lastWasSpace = false;
        }
    }
}
