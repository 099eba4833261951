using System.IO.Compression;
using System.Xml.Linq;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// The submitted package, read-only. Part names are matched without regard to case, as Excel does;
/// every part read is capped at the limit on uncompressed bytes whatever its declared size.
/// </summary>
internal sealed class SourcePackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly long _maxBytes;

    public SourcePackage(Stream stream, long maxBytes)
    {
        _zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        _maxBytes = maxBytes;
        foreach (var entry in _zip.Entries)
        {
            _entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        }
    }

    public IReadOnlyCollection<ZipArchiveEntry> Entries => _zip.Entries;

    public bool Contains(string part) => _entries.ContainsKey(part);

    /// <summary>The entry's name as stored (its case may differ from a relationship's target).</summary>
    public string? StoredName(string part) => _entries.TryGetValue(part, out var entry) ? entry.FullName : null;

    public byte[] Read(string part)
    {
        if (!_entries.TryGetValue(part, out var entry))
        {
            throw new AnnotationException($"部品 {part} がありません");
        }

        using var source = new BoundedReadStream(entry.Open(), _maxBytes);
        using var copy = new MemoryStream(entry.Length is > 0 and < int.MaxValue ? (int)entry.Length : 0);
        source.CopyTo(copy);
        return copy.ToArray();
    }

    public byte[]? TryRead(string part) => Contains(part) ? Read(part) : null;

    public XDocument? Load(string part) => TryRead(part) is { } bytes ? XmlParts.Load(bytes) : null;

    public void Dispose() => _zip.Dispose();
}
