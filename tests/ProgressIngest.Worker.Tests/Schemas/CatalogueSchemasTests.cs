using System.Text.Json;
using Json.Schema;
using ProgressIngest.Core.Schema;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Schemas;

namespace ProgressIngest.Worker.Tests.Schemas;

public class CatalogueSchemasTests
{
    [Theory]
    [InlineData("measures.schema.json")]
    [InlineData("indicators.schema.json")]
    [InlineData("divisions.schema.json")]
    [InlineData("baseline.schema.json")]
    [InlineData("validation-report.schema.json")]
    public void CommittedSchema_IsValidDraft202012(string name)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Schemas, name)));

        var result = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    [Theory]
    [InlineData(CatalogueFile.Measures)]
    [InlineData(CatalogueFile.Indicators)]
    [InlineData(CatalogueFile.Divisions)]
    [InlineData(CatalogueFile.Baseline)]
    public void Embedded_IsTheCommittedFile(CatalogueFile file)
    {
        var name = CatalogueSchemas.FileName(file);

        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Schemas, name)), CatalogueSchemas.Embedded(name));
    }
}
