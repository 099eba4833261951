using System.ComponentModel.DataAnnotations;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Worker;

/// <summary>Settings from appsettings.json, environment (ProgressIngest__Root=…) and the command line (--root …).</summary>
internal sealed class IngestOptions
{
    public const string Section = "ProgressIngest";

    /// <summary>The root folder holding inbox/, master/, archive/ and state/.</summary>
    /// <value>Required by once and watch.</value>
    public string Root { get; set; } = string.Empty;

    /// <summary>Folder with measures.json, indicators.json, divisions.json.</summary>
    /// <value>Default: the schemas folder shipped beside the executable.</value>
    public string SchemasDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "schemas");

    /// <summary>Folder with baseline.json.</summary>
    /// <value>Default: the seeds folder shipped beside the executable.</value>
    public string SeedsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>The reporting cycle being collected, as the fiscal year's start year (令和7年度 = 2025).</summary>
    /// <value>Default 2025.</value>
    [Range(2019, 2100, ErrorMessage = "ReportingYear は西暦の年度開始年（例: 令和7年度 = 2025）で指定してください。")]
    public int ReportingYear { get; set; } = 2025;

    /// <summary><see cref="ReportingYear"/> as a fiscal year: what everything but configuration uses.</summary>
    public FiscalYear Year => new(ReportingYear);

    /// <summary>A file is read only after its size and time stay unchanged this long.</summary>
    /// <value>Default 2 seconds.</value>
    [Range(0.1, 600)]
    public double SettleSeconds { get; set; } = 2;

    /// <summary>Full scan of every division folder, the source of truth behind the watcher.</summary>
    /// <value>Default 15 seconds.</value>
    [Range(1, 3600)]
    public double ScanIntervalSeconds { get; set; } = 15;

    /// <summary>The master is rebuilt once the inbox has been quiet this long, not once per file.</summary>
    /// <value>Default 3 seconds.</value>
    [Range(0, 600)]
    public double MasterQuietSeconds { get; set; } = 3;

    /// <value>Default 20 MB.</value>
    [Range(1, 1024, ErrorMessage = "MaxFileMegabytes は 1〜1024 の範囲で指定してください。")]
    public int MaxFileMegabytes { get; set; } = 20;

    /// <value>Default 20,000.</value>
    [Range(100, 10_000_000, ErrorMessage = "MaxRowsPerSheet は 100〜10,000,000 の範囲で指定してください。")]
    public int MaxRowsPerSheet { get; set; } = 20_000;

    /// <value>Default 100 MB.</value>
    [Range(1, 100_000, ErrorMessage = "MaxUncompressedMegabytes は 1〜100,000 の範囲で指定してください。")]
    public int MaxUncompressedMegabytes { get; set; } = 100;

    /// <summary>A package part that inflates more than this many times its stored size (and over 1 MB) is taken for a zip bomb.</summary>
    /// <value>Default 200.</value>
    [Range(10, 100_000, ErrorMessage = "MaxCompressionRatio は 10〜100,000 の範囲で指定してください。")]
    public double MaxCompressionRatio { get; set; } = 200;

    /// <summary>The shared-string part is held in memory whole while reading, so it has its own, lower cap.</summary>
    /// <value>Default 50 MB.</value>
    [Range(1, 100_000, ErrorMessage = "MaxSharedStringsMegabytes は 1〜100,000 の範囲で指定してください。")]
    public int MaxSharedStringsMegabytes { get; set; } = 50;

    /// <summary>Columns read per sheet; data further right gets a warning.</summary>
    /// <value>Default 64.</value>
    [Range(16, 16_384, ErrorMessage = "MaxColumns は 16〜16,384 の範囲で指定してください。")]
    public int MaxColumns { get; set; } = 64;

    /// <summary>Characters read from one cell; longer text is cut with a warning pointing at the cell.</summary>
    /// <value>Default 10,000 (Excel's own limit is 32,767).</value>
    [Range(100, 32_767, ErrorMessage = "MaxCellChars は 100〜32,767 の範囲で指定してください。")]
    public int MaxCellChars { get; set; } = 10_000;

    public Excel.ReadLimits Limits => Excel.ReadLimits.Default with
    {
        MaxFileBytes = MaxFileMegabytes * 1024L * 1024,
        MaxRowsPerSheet = MaxRowsPerSheet,
        MaxUncompressedBytes = MaxUncompressedMegabytes * 1024L * 1024,
        MaxSharedStringsBytes = MaxSharedStringsMegabytes * 1024L * 1024,
        MaxCompressionRatio = MaxCompressionRatio,
        MaxColumns = MaxColumns,
        MaxCellChars = MaxCellChars,
    };
}
