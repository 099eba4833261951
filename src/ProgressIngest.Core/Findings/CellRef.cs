using System.Globalization;

namespace ProgressIngest.Core.Findings;

/// <summary>A cell as the submitter sees it in Excel: sheet name, 1-based row and column.</summary>
public readonly record struct CellRef(string Sheet, int Row, int Column)
{
    public string A1 => ColumnLetters(Column) + Row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = new Stack<char>();
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters.Push((char)('A' + ((n - 1) % 26)));
        }

        return new string([.. letters]);
    }

    public override string ToString() => $"{Sheet}!{A1}";
}
