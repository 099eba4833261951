using ProgressIngest.Core.Findings;

namespace ProgressIngest.Core.Reading;

/// <summary>
/// A workbook exactly as read, before any typing or rules: what the Excel adapter hands to the core.
/// </summary>
public sealed record RawWorkbook(IReadOnlyList<RawSheet> Sheets)
{
    /// <summary>What the reader noticed about the file as a whole (e.g. links to other workbooks), reported as they are.</summary>
    public IReadOnlyList<Finding> FileFindings { get; init; } = [];
}

/// <param name="Name">Sheet name as in the file.</param>
/// <param name="Rows">Rows that have at least one non-empty cell, in order.</param>
/// <param name="TruncatedRows">True when the reader stopped at its row limit.</param>
/// <param name="TruncatedColumns">True when cells with data lie beyond the reader's column limit and were not read.</param>
public sealed record RawSheet(string Name, SheetVisibility Visibility, IReadOnlyList<RawRow> Rows, bool TruncatedRows = false, bool TruncatedColumns = false)
{
    /// <summary>Merged cell ranges; only the top-left cell of each holds a value.</summary>
    public IReadOnlyList<MergedRange> Merges { get; init; } = [];
}

/// <summary>A merged range, 1-based and inclusive, as Excel shows it.</summary>
public readonly record struct MergedRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public bool Contains(int row, int column) => row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;

    public bool IsTopLeft(int row, int column) => row == FirstRow && column == FirstColumn;
}

public enum SheetVisibility
{
    Visible,
    Hidden,
    VeryHidden,
}

/// <param name="Number">1-based row number as Excel shows it.</param>
/// <param name="Cells">Non-empty cells only, ordered by column.</param>
public sealed record RawRow(int Number, IReadOnlyList<RawCell> Cells)
{
    /// <summary>Hidden in Excel (height zero): the submitter does not see what it holds.</summary>
    public bool Hidden { get; init; }

    public RawCell? this[int column]
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell.Column == column)
                {
                    return cell;
                }
            }

            return null;
        }
    }
}

/// <summary>One non-empty cell.</summary>
/// <param name="Column">1-based column.</param>
/// <param name="Value">string, double, bool or DateTime; for an error cell, the error text (e.g. <c>#DIV/0!</c>).</param>
/// <param name="NumberFormat">The cell's number format, which tells percent and era-date cells apart.</param>
/// <param name="IsError">The cell shows an Excel error value.</param>
/// <param name="IsUncalculated">A formula whose result was never saved (written by a program that does not calculate).</param>
/// <param name="IsTruncated">The text was longer than the reader's limit and <paramref name="Value"/> holds only its beginning.</param>
public readonly record struct RawCell(int Column, object? Value, string? NumberFormat, bool IsError = false, bool IsUncalculated = false, bool IsTruncated = false);
