using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Commands;

/// <summary>A plain-text table for the terminal whose columns line up although Japanese characters take two cells.</summary>
internal static class TextTable
{
    /// <param name="rightAligned">Per column: numbers are right-aligned.</param>
    public static void Write(TextWriter output, IReadOnlyList<string[]> rows, bool[] rightAligned)
    {
        var widths = new int[rightAligned.Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                widths[c] = Math.Max(widths[c], ColumnWidth.WidestLine(row[c]));
            }
        }

        foreach (var row in rows)
        {
            var cells = row.Select((text, c) =>
            {
                var pad = new string(' ', widths[c] - ColumnWidth.WidestLine(text));
                return rightAligned[c] ? pad + text : text + pad;
            });
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }
}
