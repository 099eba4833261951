using System.Text;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Estimates column widths from the text itself, counting East Asian wide characters as two.
/// AdjustToContents needs System.Drawing (libgdiplus) and a Japanese font, and is slow on big sheets.
/// </summary>
internal static class ColumnWidth
{
    /// <summary>Header plus the first rows: enough to size a column, cheap on a 100k-row sheet.</summary>
    public const int SampleSize = 301;

    /// <summary>Room for the filter button and cell padding.</summary>
    private const double Padding = 2;

    /// <param name="texts">The header first, then the column's values; only the first <see cref="SampleSize"/> are looked at.</param>
    public static double For(IEnumerable<string?> texts, double min, double max)
    {
        var widest = 0;
        foreach (var text in texts.Take(SampleSize))
        {
            widest = Math.Max(widest, WidestLine(text));
        }

        return Math.Clamp(widest + Padding, min, Math.Max(min, max));
    }

    /// <summary>Display width of the longest line, in half-width character units.</summary>
    public static int WidestLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var widest = 0;
        var current = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                widest = Math.Max(widest, current);
                current = 0;
                continue;
            }

            current += Units(rune);
        }

        return Math.Max(widest, current);
    }

    private static int Units(Rune rune) => rune.Value switch
    {
        < 0x20 => 0,
        >= 0x1100 and <= 0x115F => 2,           // Hangul Jamo
        >= 0x2E80 and <= 0x303E => 2,           // CJK radicals, punctuation
        >= 0x3041 and <= 0x33FF => 2,           // Kana, CJK compatibility
        >= 0x3400 and <= 0x4DBF => 2,           // CJK extension A
        >= 0x4E00 and <= 0x9FFF => 2,           // CJK unified ideographs
        >= 0xA000 and <= 0xA4CF => 2,           // Yi
        >= 0xAC00 and <= 0xD7A3 => 2,           // Hangul syllables
        >= 0xF900 and <= 0xFAFF => 2,           // CJK compatibility ideographs
        >= 0xFE30 and <= 0xFE4F => 2,           // CJK compatibility forms
        >= 0xFF00 and <= 0xFF60 => 2,           // full-width forms
        >= 0xFFE0 and <= 0xFFE6 => 2,           // full-width signs
        >= 0x1F300 and <= 0x1FAFF => 2,         // emoji
        >= 0x20000 and <= 0x3FFFD => 2,         // CJK extensions B and later
        _ => 1,
    };
}
