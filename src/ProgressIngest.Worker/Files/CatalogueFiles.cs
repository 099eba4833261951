using ProgressIngest.Core.Schema;

namespace ProgressIngest.Worker.Files;

/// <summary>Loads the catalogue from schemas/ and seeds/ on disk.</summary>
internal static class CatalogueFiles
{
    public static Catalogue Load(string schemasDirectory, string seedsDirectory)
    {
        NamedText Read(string directory, string name)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                throw new CatalogueException(path, "(ファイル)", "ファイルが見つかりません。");
            }

            return new NamedText(path, File.ReadAllText(path));
        }

        return CatalogueLoader.Load(new CatalogueSources(
            Read(schemasDirectory, "measures.json"),
            Read(schemasDirectory, "indicators.json"),
            Read(schemasDirectory, "divisions.json"),
            Read(seedsDirectory, "baseline.json")));
    }
}
