using System.Globalization;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reading;

namespace ProgressIngest.Core.Model;

/// <summary>One cell of a submission: where it is, what was typed, and the raw value for typed parsing.</summary>
/// <param name="At">The cell; null when the column is not in the sheet at all.</param>
/// <param name="Raw">Raw value from the reader.</param>
/// <param name="Format">Number format of the cell.</param>
/// <param name="IsError">The cell shows an Excel error value.</param>
/// <param name="IsUncalculated">A formula whose result was never saved.</param>
public sealed record Field(CellRef? At, object? Raw, string? Format, bool IsError, bool IsUncalculated = false)
{
    public static Field Absent { get; } = new(null, null, null, false);

    public static Field From(CellRef at, RawCell? cell)
        => new(at, cell?.Value, cell?.NumberFormat, cell?.IsError ?? false, cell?.IsUncalculated ?? false);

    /// <summary>The value as the submitter typed it (for the 入力値 column of feedback).</summary>
    public string Typed => Raw switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public bool IsBlank => Raw is null || (Raw is string s && string.IsNullOrWhiteSpace(s));
}
