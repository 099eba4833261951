using System.ComponentModel.DataAnnotations;

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
    [Range(1, 1024)]
    public int MaxFileMegabytes { get; set; } = 20;

    /// <value>Default 20,000.</value>
    [Range(100, 10_000_000)]
    public int MaxRowsPerSheet { get; set; } = 20_000;

    /// <value>Default 300 MB.</value>
    [Range(1, 100_000)]
    public int MaxUncompressedMegabytes { get; set; } = 300;

    public Excel.ReadLimits Limits => Excel.ReadLimits.Default with
    {
        MaxFileBytes = MaxFileMegabytes * 1024L * 1024,
        MaxRowsPerSheet = MaxRowsPerSheet,
        MaxUncompressedBytes = MaxUncompressedMegabytes * 1024L * 1024,
    };
}
