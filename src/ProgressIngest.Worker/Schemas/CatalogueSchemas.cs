using System.Reflection;
using System.Text.Json.Nodes;
using Json.Schema;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Worker.Schemas;

/// <summary>
/// The committed schemas/*.schema.json, built into the executable. They describe the format this build of the
/// code understands, so they travel with the code rather than with the editable data: an upgrade that keeps an
/// old schemas/ folder, or a deleted schema file, cannot weaken the start-up check. The copies beside the data
/// are the same files, for the editor's completion and hover help.
/// </summary>
internal sealed class CatalogueSchemas
{
    private static readonly Uri BaseUri = new("https://progressingest.invalid/schemas/");

    private static readonly Lazy<CatalogueSchemas> LazyEmbedded = new(() => Build(Embedded));

    private readonly Dictionary<CatalogueFile, JsonSchema> _schemas;

    private CatalogueSchemas(Dictionary<CatalogueFile, JsonSchema> schemas, IReadOnlyDictionary<string, JsonNode> documents)
    {
        _schemas = schemas;
        Documents = documents;
    }

    /// <summary>The four schemas, built once per process.</summary>
    public static CatalogueSchemas Current => LazyEmbedded.Value;

    /// <summary>Each schema's JSON by file name (<c>measures.schema.json</c> …), for explaining a failure in words.</summary>
    public IReadOnlyDictionary<string, JsonNode> Documents { get; }

    public JsonSchema For(CatalogueFile file) => _schemas[file];

    public static string FileName(CatalogueFile file) => file switch
    {
        CatalogueFile.Measures => "measures.schema.json",
        CatalogueFile.Indicators => "indicators.schema.json",
        CatalogueFile.Divisions => "divisions.schema.json",
        _ => "baseline.schema.json",
    };

    /// <summary>Schema text by file name, as embedded from the repository's schemas/ folder.</summary>
    public static string Embedded(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"schemas/{fileName}")
            ?? throw new InvalidOperationException($"schema {fileName} is not embedded in the executable");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Builds the four schemas in one registry, so <c>"$ref": "measures.schema.json#/$defs/measureId"</c> resolves between them.</summary>
    public static CatalogueSchemas Build(Func<string, string> readSchema)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new Dictionary<CatalogueFile, JsonSchema>();
        var documents = new Dictionary<string, JsonNode>(StringComparer.Ordinal);

        // Referenced schemas first: indicators refer to measures; divisions and baseline to both.
        foreach (var file in new[] { CatalogueFile.Measures, CatalogueFile.Indicators, CatalogueFile.Divisions, CatalogueFile.Baseline })
        {
            var name = FileName(file);
            var text = readSchema(name);
            schemas[file] = JsonSchema.FromText(text, options, new Uri(BaseUri, name));
            documents[name] = JsonNode.Parse(text)!;
        }

        return new CatalogueSchemas(schemas, documents);
    }
}
