using System.Globalization;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Parsing;

/// <summary>
/// Whether a sentence column's cell can be kept as the submitter sees it. Excel turns 「50%」 into 0.5 shown
/// as a percentage, 「4/1」 into a date, 「1,234」 into 1234 shown with a separator: the file then holds a
/// value, not the text on the screen, and rendering Excel's formats back would be a guess.
/// </summary>
internal static class FreeTextCell
{
    public static bool KeepsWhatIsShown(Field field) => field.Raw switch
    {
        DateTime => false,
        double d => ShowsAsStored(d, field.Format),
        _ => true,
    };

    /// <summary>General and text formats show the number as stored; so do 0 / 0.00-style formats when the decimals match.</summary>
    private static bool ShowsAsStored(double value, string? format)
    {
        var f = (format ?? string.Empty).Trim();
        if (f.Length == 0 || f.Equals("General", StringComparison.OrdinalIgnoreCase) || f == "@")
        {
            return true;
        }

        if (f == "0" || (f.StartsWith("0.", StringComparison.Ordinal) && f.AsSpan(2).IndexOfAnyExcept('0') < 0))
        {
            var decimals = f == "0" ? 0 : f.Length - 2;
            var stored = value.ToString("R", CultureInfo.InvariantCulture);
            var point = stored.IndexOf('.', StringComparison.Ordinal);
            return (point < 0 ? 0 : stored.Length - point - 1) == decimals && !stored.Contains('E', StringComparison.Ordinal);
        }

        return false;
    }
}
