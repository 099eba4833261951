namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>What changes in one worksheet part.</summary>
/// <param name="Highlights">Row → column → whether the cell has an error (otherwise warnings only).</param>
/// <param name="ClearTabSelected">Another sheet becomes the selected one; two selected tabs would group the sheets.</param>
/// <param name="LegacyDrawingId">Relationship id of a VML drawing for the comments, when the sheet has no legacy drawing yet.</param>
internal sealed record SheetEdit(
    SortedDictionary<int, SortedDictionary<int, bool>> Highlights,
    bool ClearTabSelected,
    string? LegacyDrawingId)
{
    public bool ChangesAnything => Highlights.Count > 0 || ClearTabSelected || LegacyDrawingId is not null;
}
