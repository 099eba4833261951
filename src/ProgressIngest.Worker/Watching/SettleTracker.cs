using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Watching;

/// <summary>
/// A file is ready only when its size and last-write time have stayed the same for the settle
/// interval: a file still being copied onto the share must not be read half-written. The interval is
/// measured with the monotonic timestamp of <see cref="TimeProvider"/>, so a wall-clock step changes nothing.
/// </summary>
internal sealed class SettleTracker
{
    private readonly TimeSpan _settle;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, (long Length, DateTime LastWrite, long Since)> _seen = new(StringComparer.Ordinal);

    public SettleTracker(TimeSpan settle, TimeProvider clock)
    {
        _settle = settle;
        _clock = clock;
    }

    public bool HasUnsettled => _seen.Count > 0;

    /// <summary>Returns the files that have been stable for the settle interval, and remembers the rest.</summary>
    public IReadOnlyList<InboxFile> Ready(IReadOnlyList<InboxFile> scanned)
    {
        var now = _clock.GetTimestamp();
        var ready = new List<InboxFile>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in scanned)
        {
            present.Add(file.Path);
            if (_seen.TryGetValue(file.Path, out var seen) && seen.Length == file.Length && seen.LastWrite == file.LastWriteUtc)
            {
                if (_clock.GetElapsedTime(seen.Since, now) >= _settle && file.Length > 0)
                {
                    ready.Add(file);
                }
            }
            else
            {
                _seen[file.Path] = (file.Length, file.LastWriteUtc, now);
            }
        }

        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _seen.Remove(gone);
        }

        return ready;
    }

    public void Forget(string path) => _seen.Remove(path);
}
