namespace ProgressIngest.Worker.Excel.Streaming;

/// <summary>An Excel table (ListObject) over a rectangular range whose first row holds <paramref name="Columns"/>.</summary>
/// <param name="Reference">A1 range, header row included, e.g. A1:L100001.</param>
internal sealed record TableSpec(string Name, string Reference, IReadOnlyList<string> Columns);
