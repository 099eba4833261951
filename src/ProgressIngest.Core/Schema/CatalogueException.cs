namespace ProgressIngest.Core.Schema;

/// <summary>A schema or seed file is broken; the service refuses to start and says where.</summary>
public sealed class CatalogueException : Exception
{
    public CatalogueException(string file, string entry, string problem)
        : base($"設定ファイル {file} の {entry}: {problem}")
    {
        File = file;
        Entry = entry;
        Problem = problem;
    }

    public CatalogueException()
    {
        File = Entry = Problem = string.Empty;
    }

    public CatalogueException(string message)
        : base(message)
    {
        File = Entry = Problem = string.Empty;
    }

    public CatalogueException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = Entry = Problem = string.Empty;
    }

    public string File { get; }

    public string Entry { get; }

    public string Problem { get; }
}
