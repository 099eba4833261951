using ProgressIngest.Worker.Files;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Feedback is never overwritten: the latest for a submitted name keeps the stable name a submitter knows,
/// and the one it replaces moves to <c>feedback/history/</c> with the time it was written in its name.
/// </summary>
internal static class FeedbackHistory
{
    public const string Folder = "history";

    public static void MakeRoom(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var folder = Path.Combine(Path.GetDirectoryName(path)!, Folder);
        Directory.CreateDirectory(folder);
        var stamp = JapanTime.Stamp(new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var n = 1; ; n++)
        {
            var target = Path.Combine(folder, SafeFileName.Fit(string.Empty, stem, $"_{stamp}{(n > 1 ? $"_{n}" : string.Empty)}{extension}"));
            if (!File.Exists(target))
            {
                Retry.OnSharingViolation(() => File.Move(path, target));
                return;
            }
        }
    }
}
