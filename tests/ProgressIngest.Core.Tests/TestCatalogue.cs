using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Tests;

/// <summary>The repository's real schemas/ and seeds/, read as text (the loader itself never touches the disk).</summary>
internal static class TestCatalogue
{
    private static readonly Lazy<Catalogue> Lazy = new(() => CatalogueLoader.Load(Sources()));

    public static Catalogue Real => Lazy.Value;

    public static CatalogueSources Sources(
        Func<string, string>? measures = null,
        Func<string, string>? indicators = null,
        Func<string, string>? divisions = null,
        Func<string, string>? baseline = null)
    {
        NamedText Read(string relative, Func<string, string>? edit)
        {
            var text = File.ReadAllText(Path.Combine(Root, relative));
            return new NamedText(relative, edit is null ? text : edit(text));
        }

        return new CatalogueSources(
            Read("schemas/measures.json", measures),
            Read("schemas/indicators.json", indicators),
            Read("schemas/divisions.json", divisions),
            Read("seeds/baseline.json", baseline));
    }

    private static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ProgressIngest.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("repository root not found");
        }
    }
}
