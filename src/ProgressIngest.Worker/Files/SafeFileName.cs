using System.Text;

namespace ProgressIngest.Worker.Files;

/// <summary>
/// Names we derive from a submitter's file name (archive copies, feedback) must stay within what
/// every file system takes: 255 UTF-8 bytes on Linux, 255 UTF-16 units on NTFS, and none of the
/// characters Windows forbids.
/// </summary>
internal static class SafeFileName
{
    private const int MaxBytes = 240;
    private static readonly char[] Forbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>Shortens <paramref name="stem"/> so that prefix + stem + suffix fits, keeping whole characters.</summary>
    public static string Fit(string prefix, string stem, string suffix)
    {
        var clean = new StringBuilder(stem.Length);
        foreach (var rune in stem.EnumerateRunes())
        {
            clean.Append(rune.Value < 32 || (rune.IsBmp && Forbidden.Contains((char)rune.Value)) ? "_" : rune.ToString());
        }

        var budget = MaxBytes - Encoding.UTF8.GetByteCount(prefix) - Encoding.UTF8.GetByteCount(suffix);
        var result = new StringBuilder();
        var used = 0;
        foreach (var rune in clean.ToString().EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (used + size > budget)
            {
                break;
            }

            result.Append(rune.ToString());
            used += size;
        }

        return prefix + result.ToString().TrimEnd('.', ' ') + suffix;
    }
}
