namespace ProgressIngest.Core.Schema;

/// <summary>A pillar, sub-pillar or priority field: the headings measures are grouped under.</summary>
/// <param name="Id"><c>1</c>, <c>1-2</c>, <c>F3</c>…</param>
/// <param name="ParentId">The pillar of a sub-pillar; null for pillars and priority fields.</param>
public sealed record MeasureGroup(string Id, string? ParentId, string Title, string? Theme);
