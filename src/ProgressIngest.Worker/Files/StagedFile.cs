namespace ProgressIngest.Worker.Files;

/// <summary>A complete, flushed temp file waiting to replace <see cref="Path"/>; disposed uncommitted, it is deleted.</summary>
internal sealed class StagedFile : IDisposable
{
    public StagedFile(string path, string tempPath)
    {
        Path = path;
        TempPath = tempPath;
    }

    public string Path { get; }

    public string TempPath { get; }

    public void Commit() => Retry.OnSharingViolation(() => File.Move(TempPath, Path, overwrite: true));

    public void Dispose()
    {
        if (File.Exists(TempPath))
        {
            File.Delete(TempPath);
        }
    }
}
