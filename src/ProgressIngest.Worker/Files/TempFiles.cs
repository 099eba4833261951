namespace ProgressIngest.Worker.Files;

/// <summary>
/// Temp files are only ever renamed into place when complete; one left behind means the process
/// was killed while writing it, so it is garbage and the step it belonged to will be redone.
/// </summary>
internal static class TempFiles
{
    public static void Sweep(RootLayout layout)
    {
        foreach (var dir in new[] { layout.Archive, layout.Master, layout.Inbox })
        {
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories))
            {
                File.Delete(file);
            }
        }
    }
}
