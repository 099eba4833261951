using System.Text.Json;
using Json.Schema;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Worker.Schemas;

/// <summary>
/// Checks each catalogue file against its committed JSON Schema and reports every failure with its JSON
/// pointer, the entry's id and a Japanese explanation. It lives at the edge, beside the file reading, because
/// it depends on JsonSchema.Net and the schema files; Core keeps only the cross-reference checks and sees this
/// through <see cref="ICatalogueFormatValidator"/>.
/// </summary>
internal sealed class CatalogueSchemaValidator(CatalogueSchemas schemas) : ICatalogueFormatValidator
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical };

    public IReadOnlyList<CatalogueProblem> Validate(CatalogueFile file, string fileName, JsonElement document)
    {
        var results = schemas.For(file).Evaluate(document, Options);
        if (results.IsValid)
        {
            return [];
        }

        var text = new SchemaFailureText(new SchemaLocator(schemas.Documents), CatalogueSchemas.FileName(file), document);
        return [.. SchemaFailures.Collect(results)
            .SelectMany(text.Explain)
            .Distinct()
            .Select(p => new CatalogueProblem(fileName, p.Pointer, JsonValues.EntryOf(document, p.Pointer), p.Message))];
    }
}
