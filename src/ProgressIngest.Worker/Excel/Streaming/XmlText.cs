using System.Text;

namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>
/// Text as SpreadsheetML stores it: characters XML cannot hold (U+0001, U+FFFF …) become <c>_xHHHH_</c>,
/// and text that already looks like such an escape gets its underscore escaped (<c>_x005F_</c>), so every
/// reader (Excel, ClosedXML, ExcelDataReader, LibreOffice) decodes exactly what was typed.
/// </summary>
internal static class XmlText
{
    public static string Encode(string text)
    {
        if (!NeedsEncoding(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '_' && LooksLikeEscape(text, i))
            {
                sb.Append("_x005F_");
            }
            else if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(ch).Append(text[++i]);
            }
            else if (!IsXmlChar(ch))
            {
                sb.Append("_x").Append(((int)ch).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEncoding(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '_')
            {
                if (LooksLikeEscape(text, i))
                {
                    return true;
                }
            }
            else if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsXmlChar(ch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>_xHHHH_</c> starting at <paramref name="index"/>, hex digits in either case.</summary>
    private static bool LooksLikeEscape(string text, int index)
    {
        if (index + 7 > text.Length || text[index + 1] != 'x' || text[index + 6] != '_')
        {
            return false;
        }

        for (var i = index + 2; i < index + 6; i++)
        {
            if (!char.IsAsciiHexDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsXmlChar(char ch)
        => ch is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
