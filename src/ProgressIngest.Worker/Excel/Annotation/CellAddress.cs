using System.Globalization;
using ProgressIngest.Core.Findings;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>A1 addresses as a sheet's XML holds them; the file is untrusted, so anything else parses to null.</summary>
internal static class CellAddress
{
    public const int MaxRow = 1_048_576;
    public const int MaxColumn = 16_384;

    public static (int Row, int Column)? Parse(string? a1)
    {
        if (string.IsNullOrEmpty(a1))
        {
            return null;
        }

        var column = 0;
        var i = 0;
        for (; i < a1.Length && char.IsAsciiLetter(a1[i]) && column <= MaxColumn; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(a1[i]) - 'A' + 1);
        }

        return i > 0 && column <= MaxColumn
            && int.TryParse(a1.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is >= 1 and <= MaxRow
            ? (row, column)
            : null;
    }

    public static string Format(int row, int column) => CellRef.ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The column of a cell reference, or of a bare column (<c>E</c>).</summary>
    public static int? Column(string? a1) => Parse(a1)?.Column;
}
