using DocumentFormat.OpenXml.Drawing.Charts;

namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>A chart placed over a sheet's cells: from the top-left corner of one cell to the top-left corner of another (0-based column and row).</summary>
internal sealed record SheetChart(ChartSpace Chart, int FromColumn, int FromRow, int ToColumn, int ToRow);
