namespace ProgressIngest.Testing.Workload;

/// <summary>
/// A benchmark workload: how many division workbooks, how many 取り組み進捗 rows each, and for
/// <see cref="Big"/> one workbook carrying <see cref="BigRows"/> measure rows.
/// </summary>
public sealed record WorkloadSize(string Name, int Files, int BigRows = 0)
{
    /// <summary>Every generated division reports every measure of the synthetic catalogue.</summary>
    public const int MeasureRows = SyntheticCatalogue.MeasureCount;

    public static WorkloadSize Small { get; } = new("small", 200);

    /// <summary>The nationwide case: about one workbook per municipality.</summary>
    public static WorkloadSize Large { get; } = new("large", 2000);

    /// <summary>One workbook with 100,000 measure rows; the registry has one division per 60 of them.</summary>
    public static WorkloadSize Big { get; } = new("big", 1, 100_000);

    public bool IsBig => BigRows > 0;

    /// <summary>Divisions in the registry: one per file, or for the big workbook one per 60 rows.</summary>
    public int Divisions => IsBig ? (BigRows + MeasureRows - 1) / MeasureRows : Files;

    public static WorkloadSize Parse(string name) => name switch
    {
        "small" => Small,
        "large" => Large,
        "big" => Big,
        _ when name.StartsWith("tiny", StringComparison.Ordinal) && int.TryParse(name.AsSpan(4), out var n) => new(name, n),
        _ => throw new ArgumentException($"unknown size {name} (small, large, big, tinyN)", nameof(name)),
    };
}
