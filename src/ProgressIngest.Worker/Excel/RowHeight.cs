namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Row heights for wrapped text, estimated like <see cref="ColumnWidth"/>: neither Excel nor LibreOffice
/// reliably grows a row to fit wrapped text in a file they did not save themselves.
/// </summary>
internal static class RowHeight
{
    /// <summary>Points per line of 11pt text, Japanese glyphs included.</summary>
    public const double PointsPerLine = 16;

    /// <summary>Excel's maximum row height.</summary>
    public const double Max = 409;

    /// <summary>Lines the text takes in a wrapped column of the given width (in character units).</summary>
    public static int Lines(string? text, double columnWidth)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var perLine = Math.Max(1, columnWidth - 1);
        var lines = 0;
        foreach (var line in text.Split('\n'))
        {
            lines += Math.Max(1, (int)Math.Ceiling(ColumnWidth.WidestLine(line) / perLine));
        }

        return lines;
    }

    public static double For(int lines) => Math.Min(Max, (PointsPerLine * lines) + 2);
}
