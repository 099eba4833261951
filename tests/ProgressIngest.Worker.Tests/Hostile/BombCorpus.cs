using System.IO.Compression;
using ProgressIngest.Core.Layout;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>The zip bombs, built once per test class in a temp folder (each is a few MB on disk).</summary>
public sealed class BombCorpus : IDisposable
{
    public const long Gigabyte = 1L << 30;

    public BombCorpus()
    {
        Directory.CreateDirectory(Folder);
        Valid = HostileFiles.Valid("bpr");
        HostileFiles.WritePaddedSheet(SheetBomb, Valid, SheetNames.Indicators, 2 * Gigabyte);
        HostileFiles.WriteHugeSharedString(StringBomb, Valid, Gigabyte);

        // Inflates to 400 MB (over every cap) but claims 1,000 bytes in both zip headers.
        HostileFiles.WritePaddedSheet(LyingBomb, Valid, SheetNames.Indicators, 400L * 1024 * 1024);
        HostileFiles.LieAboutSize(LyingBomb, HostileFiles.SheetPart(Valid, SheetNames.Indicators), 1000);
    }

    public byte[] Valid { get; }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "progressingest-tests", "bombs-" + Guid.NewGuid().ToString("N"));

    public string SheetBomb => Path.Combine(Folder, "sheet-bomb.xlsx");

    public string StringBomb => Path.Combine(Folder, "string-bomb.xlsx");

    public string LyingBomb => Path.Combine(Folder, "lying-bomb.xlsx");

    public static long DeclaredSize(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Sum(e => e.Length);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
