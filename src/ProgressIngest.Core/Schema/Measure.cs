namespace ProgressIngest.Core.Schema;

/// <summary>A measure (取り組み) or a priority-field theme: one row of the 取り組み進捗 sheet.</summary>
/// <param name="Id">Stable identifier, e.g. <c>1-1-01</c> or <c>F3-2</c>.</param>
/// <param name="Title">The exact Japanese title from the report.</param>
/// <param name="Horizon">期間 tag (短期, 中長期, 常時, 短期・中長期); null for priority-field themes.</param>
/// <param name="GroupId">Sub-pillar id (e.g. <c>1-3</c>) or priority field id (e.g. <c>F3</c>).</param>
/// <param name="SubItems">Sub-items the report lists under the measure.</param>
/// <param name="Source">Where the report states it.</param>
public sealed record Measure(
    string Id,
    string Title,
    string? Horizon,
    string GroupId,
    IReadOnlyList<string> SubItems,
    string Source)
{
    public bool IsTheme => Id.StartsWith('F');
}
