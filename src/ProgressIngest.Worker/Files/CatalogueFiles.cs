using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Schemas;

namespace ProgressIngest.Worker.Files;

/// <summary>Loads the catalogue from schemas/ and seeds/ on disk, checked against the committed JSON Schemas.</summary>
internal static class CatalogueFiles
{
    public static Catalogue Load(string schemasDirectory, string seedsDirectory)
    {
        var missing = new List<CatalogueProblem>();
        NamedText Read(string directory, string name)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                missing.Add(new CatalogueProblem(path, string.Empty, null, "ファイルが見つかりません。"));
                return new NamedText(path, string.Empty);
            }

            return new NamedText(path, File.ReadAllText(path));
        }

        var sources = new CatalogueSources(
            Read(schemasDirectory, "measures.json"),
            Read(schemasDirectory, "indicators.json"),
            Read(schemasDirectory, "divisions.json"),
            Read(seedsDirectory, "baseline.json"));
        if (missing.Count > 0)
        {
            throw new CatalogueException(missing);
        }

        return CatalogueLoader.Load(sources, new CatalogueSchemaValidator(CatalogueSchemas.Current));
    }
}
