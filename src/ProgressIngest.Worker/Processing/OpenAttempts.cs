using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Counts failed attempts to open each inbox file (a version: path, size, last write), so a file that cannot
/// be opened is answered once after <see cref="Limit"/> attempts instead of being retried forever.
/// A new version of the file (re-saved, permissions fixed and touched) starts again from zero.
/// </summary>
internal sealed class OpenAttempts
{
    public const int Limit = 3;

    private readonly Dictionary<InboxFile, int> _failures = [];
    private readonly HashSet<InboxFile> _answered = [];

    /// <summary>Whether the division has already been told this version cannot be opened.</summary>
    public bool IsAnswered(InboxFile file) => _answered.Contains(file);

    /// <summary>Counts one failure; true when that was the last attempt allowed.</summary>
    public bool Failed(InboxFile file)
    {
        var count = _failures.GetValueOrDefault(file) + 1;
        _failures[file] = count;
        if (count < Limit)
        {
            return false;
        }

        _failures.Remove(file);
        _answered.Add(file);
        return true;
    }

    public void Succeeded(InboxFile file) => _failures.Remove(file);
}
