namespace ProgressIngest.Worker.Files;

/// <summary>
/// Writes a file so that a reader never sees it half-written and a failure never destroys the old
/// one: write a temp file in the same directory, flush to disk, then rename over the target.
/// (ClosedXML's SaveAs deletes the target first; a failure mid-save would leave nothing.)
/// </summary>
internal static class AtomicFile
{
    public const string TempSuffix = ".writing.tmp";

    public static void Write(string path, Action<Stream> write)
    {
        using var staged = Stage(path, write);
        staged.Commit();
    }

    /// <summary>Writes the temp file and flushes it, without replacing <paramref name="path"/> until <see cref="StagedFile.Commit"/>.</summary>
    public static StagedFile Stage(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        // Not derived from the target's name: a name already near the 255-byte limit would not fit.
        var staged = new StagedFile(path, Path.Combine(directory, $".{Guid.NewGuid():N}{TempSuffix}"));
        try
        {
            using (var stream = new FileStream(staged.TempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    public static void WriteBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, s => s.Write(copy));
    }
}
