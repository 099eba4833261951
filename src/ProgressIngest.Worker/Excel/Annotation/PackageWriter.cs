using System.IO.Compression;

namespace ProgressIngest.Worker.Excel.Annotation;

/// <summary>
/// Writes the annotated package: every part of the original in its order, byte for byte unless it was
/// replaced or removed, then the added parts.
/// </summary>
internal static class PackageWriter
{
    /// <summary>The earliest time a zip entry can carry, as Excel stamps every part.</summary>
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(SourcePackage source, IReadOnlyDictionary<string, byte[]?> replaced, IReadOnlyList<(string Part, byte[] Content)> added, Stream output, long maxPartBytes)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            if (replaced.TryGetValue(entry.FullName.TrimStart('/'), out var content))
            {
                if (content is not null)
                {
                    Add(zip, entry.FullName, content, entry.LastWriteTime);
                }

                continue;
            }

            var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            copy.LastWriteTime = entry.LastWriteTime;
            using var from = new BoundedReadStream(entry.Open(), maxPartBytes);
            using var to = copy.Open();
            from.CopyTo(to);
        }

        foreach (var (part, content) in added)
        {
            Add(zip, part, content, ZipEpoch);
        }
    }

    private static void Add(ZipArchive zip, string name, byte[] content, DateTimeOffset time)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = time;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
