using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using ProgressIngest.Core.Model;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Processing;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Ledger;

/// <summary>
/// archive/ is the record; the ledger is its index. This reads archive/ back: each archived file with its
/// receipt (<see cref="ArchiveReceipt"/>), or, for files archived before receipts existed, what the name
/// <c>yyyyMMdd-HHmmss_hash8_original</c> carries.
/// </summary>
internal static partial class ArchiveIndex
{
    public static IEnumerable<string> ArchivedFiles(RootLayout layout)
    {
        if (!Directory.Exists(layout.Archive))
        {
            return [];
        }

        return Directory.EnumerateDirectories(layout.Archive)
            .SelectMany(Directory.EnumerateFiles)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !ArchiveReceipt.IsReceipt(f));
    }

    public static bool HasArchivedFiles(RootLayout layout) => ArchivedFiles(layout).Any();

    /// <summary>
    /// An intake killed after moving its copy into archive/ and before the ledger committed the row leaves a copy
    /// that no row and no receipt names, while the inbox still holds the same file (it is removed only after the
    /// commit). That copy is redundant and is deleted, so the inbox file is archived once when it is taken again.
    /// A copy whose inbox file is gone or differs is kept: <c>rebuild</c> indexes it. Returns how many were deleted.
    /// </summary>
    public static int DropInterruptedCopies(RootLayout layout, SubmissionLedger ledger)
    {
        var recorded = ledger.All().Select(e => Path.GetFullPath(e.ArchivePath)).ToHashSet(StringComparer.Ordinal);
        var dropped = 0;
        foreach (var path in ArchivedFiles(layout).ToList())
        {
            if (recorded.Contains(Path.GetFullPath(path)) || File.Exists(ArchiveReceipt.PathFor(path)) || ArchiveName().Match(Path.GetFileName(path)) is not { Success: true } name)
            {
                continue;
            }

            var inbox = Path.Combine(layout.DivisionInbox(Path.GetFileName(Path.GetDirectoryName(path)!)), name.Groups["name"].Value);
            if (File.Exists(inbox) && HashOf(inbox) == HashOf(path))
            {
                File.Delete(path);
                dropped++;
            }
        }

        return dropped;
    }

    /// <summary>
    /// Writes the receipt of every ledger row whose archived file lacks one: rows of a ledger from an earlier
    /// release, or a row committed just before a crash. Returns how many were written.
    /// </summary>
    public static int EnsureReceipts(SubmissionLedger ledger)
    {
        var written = 0;
        foreach (var entry in ledger.All())
        {
            if (File.Exists(entry.ArchivePath) && !File.Exists(ArchiveReceipt.PathFor(entry.ArchivePath)))
            {
                ReceiptOf(entry, new FileInfo(entry.ArchivePath).Length).WriteFor(entry.ArchivePath);
                written++;
            }
        }

        return written;
    }

    public static ArchiveReceipt ReceiptOf(LedgerEntry entry, long size)
        => new(ArchiveReceipt.CurrentFormat, entry.Division, entry.FileName, entry.ReceivedAt, entry.Id, entry.Hash, size, entry.ReportingYear, entry.Catalogue);

    /// <summary>
    /// Every archived submission, in ledger order: files with a receipt keep their sequence; files without one
    /// (archived before receipts existed, so older than any that has one) come first, by the time in their name.
    /// The same content archived twice for the same key (an interrupted intake) is listed once.
    /// </summary>
    /// <param name="reportingYear">Assumed for files without a receipt.</param>
    public static IReadOnlyList<ArchivedSubmission> Read(RootLayout layout, FiscalYear reportingYear, string catalogue, ILogger logger)
    {
        var found = new List<(ArchivedSubmission Submission, bool HasReceipt)>();
        foreach (var path in ArchivedFiles(layout))
        {
            var division = Path.GetFileName(Path.GetDirectoryName(path)!);
            var receipt = ArchiveReceipt.TryReadFor(path);
            var (hash, size) = HashOf(path);
            if (receipt is not null && receipt.Hash != hash)
            {
                Log.ReceiptMismatch(logger, path);
                receipt = null;
            }

            var submission = receipt is not null
                ? new ArchivedSubmission(new SubmissionKey(division, hash, receipt.ReportingYear, catalogue), receipt.OriginalName, path, size, receipt.ReceivedAt, receipt.Sequence, InboxCleared: true)
                : FromName(path, division, hash, size, reportingYear, catalogue);
            found.Add((submission, receipt is not null));
        }

        var seen = new HashSet<SubmissionKey>();
        var ordered = new List<ArchivedSubmission>();
        foreach (var (submission, _) in found
            .OrderBy(x => x.HasReceipt)
            .ThenBy(x => x.HasReceipt ? x.Submission.Sequence : 0)
            .ThenBy(x => x.Submission.ReceivedAt)
            .ThenBy(x => x.Submission.ArchivePath, StringComparer.Ordinal))
        {
            if (seen.Add(submission.Key))
            {
                ordered.Add(submission);
            }
            else
            {
                Log.ArchiveDuplicate(logger, submission.ArchivePath);
            }
        }

        return ordered;
    }

    private static ArchivedSubmission FromName(string path, string division, string hash, long size, FiscalYear reportingYear, string catalogue)
    {
        var name = Path.GetFileName(path);
        var match = ArchiveName().Match(name);
        var received = match.Success ? JapanTime.ParseStamp(match.Groups["time"].Value) : null;
        return new ArchivedSubmission(
            new SubmissionKey(division, hash, reportingYear, catalogue),
            match.Success ? match.Groups["name"].Value : name,
            path,
            size,
            received ?? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero),
            Sequence: null,
            InboxCleared: true);
    }

    private static (string Hash, long Size) HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return (Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
    }

    [GeneratedRegex("^(?<time>[0-9]{8}-[0-9]{6})_[0-9a-f]{8}_(?<name>.+)$")]
    private static partial Regex ArchiveName();
}
