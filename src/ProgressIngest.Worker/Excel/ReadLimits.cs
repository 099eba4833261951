namespace ProgressIngest.Worker.Excel;

/// <summary>Bounds on what a submitted file may cost to read. Every submitted file is untrusted.</summary>
internal sealed record ReadLimits(
    long MaxFileBytes,
    long MaxUncompressedBytes,
    long MaxSharedStringsBytes,
    int MaxZipEntries,
    double MaxCompressionRatio,
    int MaxRowsPerSheet,
    int MaxColumns,
    int MaxCellChars)
{
    public static ReadLimits Default { get; } = new(
        MaxFileBytes: 20 * 1024 * 1024,
        MaxUncompressedBytes: 100L * 1024 * 1024,
        MaxSharedStringsBytes: 50L * 1024 * 1024,
        MaxZipEntries: 2000,
        MaxCompressionRatio: 200,
        MaxRowsPerSheet: 20_000,
        MaxColumns: 64,
        MaxCellChars: 10_000);
}
