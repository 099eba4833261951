using System.Text.Json;

namespace ProgressIngest.Core.Schema;

/// <summary>
/// Checks a catalogue file's shape (required properties, types, patterns, enums, ranges) before the loader
/// cross-checks the files against each other. The Worker implements it with the committed JSON Schemas;
/// Core only sees parsed JSON, never a file.
/// </summary>
public interface ICatalogueFormatValidator
{
    /// <summary>Every shape problem in <paramref name="document"/>; empty when it matches its schema.</summary>
    IReadOnlyList<CatalogueProblem> Validate(CatalogueFile file, string fileName, JsonElement document);
}
