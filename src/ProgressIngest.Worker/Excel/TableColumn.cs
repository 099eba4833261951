namespace ProgressIngest.Worker.Excel;

/// <summary>A column of a table rendered by <see cref="TableSheet"/>.</summary>
/// <param name="Value">The cell for a row: a string (written as text), a decimal or int (written as a number), or null.</param>
/// <param name="NumberFormat">Excel number format for the whole column, e.g. <c>#,##0.0</c>.</param>
internal sealed record TableColumn<T>(
    string Header,
    Func<T, object?> Value,
    double MinWidth = 6,
    double MaxWidth = 40,
    bool Wrap = false,
    string? NumberFormat = null);
