namespace ProgressIngest.Core.Schema;

/// <summary>A reporting division; <see cref="Code"/> is its folder name under inbox/.</summary>
public sealed record Division(
    string Code,
    string Name,
    DivisionKind Kind,
    IReadOnlyList<string> Measures,
    IReadOnlyList<string> Indicators);

public enum DivisionKind
{
    /// <summary>本庁 division.</summary>
    Headquarters,

    /// <summary>区役所.</summary>
    Ward,
}
