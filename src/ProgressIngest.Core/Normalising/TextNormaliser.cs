using System.Buffers;
using System.Globalization;
using System.Text;

namespace ProgressIngest.Core.Normalising;

/// <summary>
/// Cleans text typed into Excel cells: width variants, stray control characters, odd spaces and
/// the many dash look-alikes a Japanese IME produces. All members are pure.
/// </summary>
public static class TextNormaliser
{
    // Cells that say "there is nothing here". "なし" is deliberately absent: a division may write it
    // for a count that is genuinely zero. "未定" (undecided) is absent too: it is an answer, not a blank.
    // Dash singletons cover both the raw and the NFKC-normalised forms so un-cleaned input also matches.
    private const int StackBuffer = 256;

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    // Characters Key or NormaliseId would change in an already cleaned string; without any, the cleaned string is the result.
    private static readonly SearchValues<char> KeyChanges = SearchValues.Create(
        " ABCDEFGHIJKLMNOPQRSTUVWXYZ\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u30FC\uFF70\uFF0D\uFE63\u2500");

    private static readonly SearchValues<char> IdChanges = SearchValues.Create(
        " _abcdefghijklmnopqrstuvwxyz\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u30FC\uFF70\uFF0D\uFE63\u2500");

    private static readonly HashSet<string> NoValueMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "",
        "空欄",
        "該当なし",
        "N/A",
        "NA",
        "-", "－", "―", "ー", "ｰ", "—", "–", "‐", "‑", "‒", "−",
    };

    /// <summary>
    /// NFKC-normalises, turns control characters (including tab and line breaks) into spaces, drops
    /// invisible format characters and lone surrogates, collapses whitespace runs (U+3000, NBSP, …)
    /// into one space and trims. Null becomes "".
    /// </summary>
    public static string Clean(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return "";
        }

        if (IsAlreadyClean(s, allowLineBreaks: false))
        {
            return s;
        }

        var normalised = Prepare(s);
        char[]? rented = null;
        var buffer = normalised.Length <= StackBuffer ? stackalloc char[StackBuffer] : (rented = ArrayPool<char>.Shared.Rent(normalised.Length));
        try
        {
            var length = AppendCollapsed(normalised, buffer, 0);
            return new string(buffer[..length].Trim(' '));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Like <see cref="Clean"/> but keeps line breaks, for long free text: \r\n and \r become \n,
    /// whitespace runs inside a line collapse to one space, trailing spaces on each line go, runs of
    /// blank lines shrink to a single blank line, and the text as a whole is trimmed.
    /// </summary>
    public static string CleanMultiline(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return "";
        }

        if (IsAlreadyClean(s, allowLineBreaks: true))
        {
            return s;
        }

        var normalised = Prepare(s);
        char[]? rented = null;
        var buffer = normalised.Length <= StackBuffer ? stackalloc char[StackBuffer] : (rented = ArrayPool<char>.Shared.Rent(normalised.Length));
        try
        {
            // Each line is written after a provisional separator that is taken back when the line turns out blank;
            // the output never outgrows the input, since a separator stands for at least as many line breaks.
            var length = 0;
            var pendingBlank = false;
            var at = 0;
            while (true)
            {
                var end = at;
                while (end < normalised.Length && !IsLineBreak(normalised[end]))
                {
                    end++;
                }

                var before = length;
                if (length > 0)
                {
                    buffer[length++] = '\n';
                    if (pendingBlank)
                    {
                        buffer[length++] = '\n';
                    }
                }

                var lineStart = length;
                length = AppendCollapsed(normalised.AsSpan(at, end - at), buffer, length);
                while (length > lineStart && buffer[length - 1] == ' ')
                {
                    length--;
                }

                if (length == lineStart)
                {
                    length = before;
                    pendingBlank = before > 0;
                }
                else
                {
                    pendingBlank = false;
                }

                if (end >= normalised.Length)
                {
                    break;
                }

                at = end + (normalised[end] == '\r' && end + 1 < normalised.Length && normalised[end + 1] == '\n' ? 2 : 1);
            }

            return new string(buffer[..length].TrimStart(' '));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// A comparison key for header labels and sheet names: <see cref="Clean"/>, then all spaces
    /// removed, dash look-alikes (including the katakana long-vowel mark) folded to '-', and ASCII
    /// letters lower-cased. Only absorbs spacing, width and dash differences — not wording.
    /// </summary>
    public static string Key(string? s)
    {
        var cleaned = Clean(s);
        if (!cleaned.AsSpan().ContainsAny(KeyChanges))
        {
            return cleaned;
        }

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
    public static string NormaliseId(string? s)
    {
        var cleaned = Clean(s);
        var id = cleaned;
        if (cleaned.AsSpan().ContainsAny(IdChanges))
        {
            var sb = new StringBuilder(cleaned.Length + 1);
            foreach (var c in cleaned)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                sb.Append(IsDashLike(c) || c == '_' ? '-' : ToAsciiUpper(c));
            }

            id = sb.ToString();
        }

        return IsThreePartWithOneDigitLast(id) ? string.Concat(id.AsSpan(0, id.Length - 1), "0", id.AsSpan(id.Length - 1)) : id;
    }

    /// <summary>
    /// True when a cleaned cell text means "no value" (空欄, 該当なし, N/A, a lone dash, or empty).
    /// "なし" and "未定" are not markers. Pass the output of <see cref="Clean"/>; raw text is cleaned
    /// as a fallback.
    /// </summary>
    public static bool IsNoValueMarker(string cleaned)
    {
        cleaned ??= "";
        return NoValueMarkers.Contains(cleaned) || NoValueMarkers.Contains(Clean(cleaned));
    }

    /// <summary>"1-1-1": three '-'-separated runs of ASCII digits, the last a single digit.</summary>
    private static bool IsThreePartWithOneDigitLast(string id)
    {
        var first = id.IndexOf('-', StringComparison.Ordinal);
        var last = id.LastIndexOf('-');
        if (first <= 0 || last != id.Length - 2 || last - first < 2 || !char.IsAsciiDigit(id[^1]))
        {
            return false;
        }

        return !id.AsSpan(0, first).ContainsAnyExcept(AsciiDigits) && !id.AsSpan(first + 1, last - first - 1).ContainsAnyExcept(AsciiDigits);
    }

    /// <summary>
    /// True when <see cref="Clean"/> (or, with line breaks allowed, <see cref="CleanMultiline"/>) would
    /// return <paramref name="s"/> unchanged, so typical cells skip the copies and the NFKC pass.
    /// </summary>
    private static bool IsAlreadyClean(string s, bool allowLineBreaks)
    {
        if (s[0] == ' ' || s[^1] == ' ' || s[^1] == '\n' || s[0] == '\n')
        {
            return false;
        }

        var unknownToNfkc = false;
        var newlines = 0;
        var previous = '\0';
        foreach (var c in s)
        {
            if (c is > ' ' and < '\u007F')
            {
                // Printable ASCII stays as it is.
            }
            else if (c == ' ')
            {
                if (previous == ' ')
                {
                    return false;
                }
            }
            else if (c == '\n' && allowLineBreaks)
            {
                // A space ending a line, or more than one blank line, would be removed.
                if (previous == ' ' || ++newlines > 2)
                {
                    return false;
                }

                previous = c;
                continue;
            }
            else if (IsPlainCjk(c))
            {
                unknownToNfkc |= !IsNfkcStable(c);
            }
            else if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000')
            {
                // Full-width forms: NFKC changes them, so the text is not clean; no need to look further.
                return false;
            }
            else if (c < '\u0080' || char.IsSurrogate(c) || char.IsWhiteSpace(c)
                || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control)
            {
                return false;
            }
            else
            {
                unknownToNfkc = true;
            }

            newlines = 0;
            previous = c;
        }

        return !s.Contains("_x", StringComparison.OrdinalIgnoreCase)
            && (!unknownToNfkc || s.IsNormalized(NormalizationForm.FormKC));
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
        if (decoded.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return NormaliseKc(decoded);
        }

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

        return NormaliseKc(sb.ToString());
    }

    /// <summary>
    /// NFKC. Full-width ASCII and U+3000 decompose to plain ASCII and a space, so when mapping them
    /// gives an already normalised string that string is the NFKC form: one ICU check instead of a
    /// normalisation for typical Japanese prose with full-width digits and brackets.
    /// </summary>
    private static string NormaliseKc(string s)
    {
        if (AllNfkcStable(s))
        {
            return s;
        }

        if (s.AsSpan().ContainsAnyInRange('\uFF01', '\uFF5E') || s.Contains('\u3000', StringComparison.Ordinal))
        {
            var mapped = string.Create(s.Length, s, static (span, source) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    var c = source[i];
                    span[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
                }
            });
            if (AllNfkcStable(mapped) || mapped.IsNormalized(NormalizationForm.FormKC))
            {
                return mapped;
            }
        }

        return s.Normalize(NormalizationForm.FormKC);
    }

    private static bool AllNfkcStable(string s)
    {
        foreach (var c in s)
        {
            if (!IsNfkcStable(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Characters that NFKC leaves alone whatever surrounds them (quick-check Yes and combining class 0,
    /// UAX #15): ASCII, CJK punctuation, kana and ideographs, the bulk of what is typed here. A string
    /// of only these is already normalised, so ICU is asked only about the rest.
    /// </summary>
    private static bool IsNfkcStable(char c) => c switch
    {
        < '\u0080' => true,
        >= '\u3001' and <= '\u3029' => true, // 、。「」【】々〆〒 …; 〪–〯 are combining, 〶〸–〺 decompose
        >= '\u3030' and <= '\u3035' => true,
        >= '\u3041' and <= '\u3096' => true, // hiragana; ゙゚ combine and ゛゜ゟ decompose
        '\u309D' or '\u309E' => true,
        >= '\u30A0' and <= '\u30FE' => true, // katakana; ヿ decomposes
        >= '\u3400' and <= '\u4DBF' => true,
        >= '\u4E00' and <= '\u9FFF' => true,
        _ => false,
    };

    /// <summary>Kana, CJK punctuation and ideographs after U+3000: none is whitespace, a control or a format character.</summary>
    private static bool IsPlainCjk(char c) => c is >= '\u3001' and <= '\u9FFF';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

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

    /// <summary>Writes <paramref name="text"/> at <paramref name="at"/> with controls as spaces, format chars dropped, whitespace runs as one space; returns the new length.</summary>
    private static int AppendCollapsed(ReadOnlySpan<char> text, Span<char> buffer, int at)
    {
        var lastWasSpace = false;
        foreach (var c in text)
        {
            bool space;
            if (IsPlainCjk(c))
            {
                space = false;
            }
            else if (c < '\u0080')
            {
                space = c is <= ' ' or '\u007F';
            }
            else
            {
                var category = char.GetUnicodeCategory(c);
                if (category == UnicodeCategory.Format)
                {
                    // Zero-width spaces, BOMs, bidi marks: invisible, and they break equality.
                    continue;
                }

                space = char.IsWhiteSpace(c) || category == UnicodeCategory.Control;
            }

            if (space)
            {
                if (!lastWasSpace)
                {
                    buffer[at++] = ' ';
                    lastWasSpace = true;
                }

                continue;
            }

            buffer[at++] = c;
            lastWasSpace = false;
        }

        return at;
    }
}
