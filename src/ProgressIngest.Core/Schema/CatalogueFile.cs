namespace ProgressIngest.Core.Schema;

/// <summary>The four catalogue files, each with its own JSON Schema.</summary>
public enum CatalogueFile
{
    Measures,
    Indicators,
    Divisions,
    Baseline,
}
