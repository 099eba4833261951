using System.Text.Json;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Worker.Files;

/// <summary>
/// What the ledger knows about an archived file that its name cannot carry, kept next to it as
/// <c>&lt;archived name&gt;.receipt.json</c>, so that the ledger can be rebuilt from archive/ alone.
/// </summary>
/// <param name="Sequence">The ledger id at intake: the order of submissions, never the wall clock.</param>
/// <param name="Catalogue">Hash of the catalogue in force at intake.</param>
internal sealed record ArchiveReceipt(
    int FormatVersion,
    string Division,
    string OriginalName,
    DateTimeOffset ReceivedAt,
    long Sequence,
    string Hash,
    long Size,
    FiscalYear ReportingYear,
    string Catalogue)
{
    public const int CurrentFormat = 1;
    public const string Suffix = ".receipt.json";

    private static readonly JsonSerializerOptions Json = new(Ledger.LedgerJson.Options) { WriteIndented = true };

    public static string PathFor(string archivePath) => archivePath + Suffix;

    public static bool IsReceipt(string path) => path.EndsWith(Suffix, StringComparison.Ordinal);

    public void WriteFor(string archivePath) => AtomicFile.WriteBytes(PathFor(archivePath), JsonSerializer.SerializeToUtf8Bytes(this, Json));

    /// <summary>Null when there is none (archived by an earlier release) or it cannot be read.</summary>
    public static ArchiveReceipt? TryReadFor(string archivePath)
    {
        var path = PathFor(archivePath);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ArchiveReceipt>(File.ReadAllBytes(path), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
