namespace ProgressIngest.Worker.Files;

/// <summary>A file waiting in a division's inbox folder.</summary>
internal sealed record InboxFile(string Division, string Path, long Length, DateTime LastWriteUtc)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
