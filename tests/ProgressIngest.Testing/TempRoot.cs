namespace ProgressIngest.Testing;

/// <summary>A root folder under the system temp directory, deleted afterwards.</summary>
public sealed class TempRoot : IDisposable
{
    public TempRoot()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "progressingest-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Inbox(string division)
    {
        var dir = System.IO.Path.Combine(Path, "inbox", division);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public string Feedback(string division) => System.IO.Path.Combine(Path, "inbox", division, "feedback");

    public string MasterDirectory => System.IO.Path.Combine(Path, "master");

    public string? MasterFile => Directory.Exists(MasterDirectory) ? Directory.GetFiles(MasterDirectory, "*.xlsx").SingleOrDefault() : null;

    public string[] ArchiveFiles(string division)
    {
        var dir = System.IO.Path.Combine(Path, "archive", division);
        return Directory.Exists(dir)
            ? [.. Directory.GetFiles(dir).Where(f => !System.IO.Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".receipt.json", StringComparison.Ordinal))]
            : [];
    }

    public string LedgerPath => System.IO.Path.Combine(Path, "state", "ledger.db");

    /// <summary>
    /// A copy of the repository's schemas/ (beside the root's own folders) for a test that changes the catalogue;
    /// pass it with <c>--schemas</c>. <paramref name="edit"/> gets each file's name and text and returns the new text.
    /// </summary>
    public string CopySchemas(Func<string, string, string>? edit = null)
    {
        var schemas = System.IO.Path.Combine(Path, "schemas-copy");
        Directory.CreateDirectory(schemas);
        foreach (var file in Directory.GetFiles(RepoPaths.Schemas, "*.json"))
        {
            var name = System.IO.Path.GetFileName(file);
            var text = File.ReadAllText(file);
            File.WriteAllText(System.IO.Path.Combine(schemas, name), edit is null ? text : edit(name, text));
        }

        return schemas;
    }

    /// <summary>Copies the bundled samples' inbox into this root.</summary>
    public void CopySamples()
    {
        foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(RepoPaths.Samples, "inbox"), "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, "inbox", System.IO.Path.GetRelativePath(System.IO.Path.Combine(RepoPaths.Samples, "inbox"), file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Closes pooled SQLite connections (their files would keep the folder), then deletes the root.</summary>
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may leave a file open; the temp folder is cleaned by the OS eventually.
        }
    }
}
