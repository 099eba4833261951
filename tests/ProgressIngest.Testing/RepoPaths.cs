using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Files;

namespace ProgressIngest.Testing;

/// <summary>Finds the repository (the folder holding ProgressIngest.sln) and its real catalogue.</summary>
public static class RepoPaths
{
    private static readonly Lazy<Catalogue> LazyCatalogue = new(() => CatalogueFiles.Load(Schemas, Seeds));

    public static string Root { get; } = FindRoot();

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Samples => Path.Combine(Root, "inbox-samples");

    public static Catalogue Catalogue => LazyCatalogue.Value;

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ProgressIngest.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("ProgressIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
