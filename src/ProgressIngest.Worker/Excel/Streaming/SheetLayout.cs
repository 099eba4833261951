namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>What comes before a sheet's rows: columns, frozen rows, print settings, tables.</summary>
/// <param name="Columns">Width (in characters, as <see cref="ColumnWidth"/> computes it) and style index of each column from A.</param>
/// <param name="FrozenRows">Rows kept in view when scrolling; 0 for none.</param>
/// <param name="PrintTitleRow">Row repeated at the top of every printed page; 0 for none.</param>
/// <param name="Charts">Charts drawn over the sheet (one drawing part holds them all).</param>
internal sealed record SheetLayout(
    IReadOnlyList<(double Width, int Style)> Columns,
    int FrozenRows = 0,
    int PrintTitleRow = 0,
    IReadOnlyList<TableSpec>? Tables = null,
    IReadOnlyList<SheetChart>? Charts = null);
