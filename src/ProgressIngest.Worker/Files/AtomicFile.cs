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
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        // Not derived from the target's name: a name already near the 255-byte limit would not fit.
        var temp = Path.Combine(directory, $".{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            Retry.OnSharingViolation(() => File.Move(temp, path, overwrite: true));
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public static void WriteBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, s => s.Write(copy));
    }
}
