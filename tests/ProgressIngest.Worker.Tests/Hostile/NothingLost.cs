using System.Security.Cryptography;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>The promise made for every file, however hostile: kept, recorded, answered in Japanese.</summary>
internal static class NothingLost
{
    /// <summary>Asserts the file left the inbox, its exact bytes are archived, the ledger has its outcome and the submitter has feedback.</summary>
    public static LedgerRow Answered(string root, string division, string fileName, byte[] original)
        => AnsweredWithHash(root, division, fileName, SHA256.HashData(original));

    public static LedgerRow Answered(string root, string division, string fileName, string originalPath)
    {
        using var stream = File.OpenRead(originalPath);
        return AnsweredWithHash(root, division, fileName, SHA256.HashData(stream));
    }

    private static LedgerRow AnsweredWithHash(string root, string division, string fileName, byte[] sha256)
    {
        var row = Outcomes.Row(root, fileName, division);
        Assert.Equal(division, row.Division);
        Assert.NotNull(row.Outcome);
        Assert.True(row.FeedbackWritten, $"feedback not written for {fileName}");
        Assert.False(File.Exists(Path.Combine(root, "inbox", division, fileName)), $"{fileName} still in the inbox");
        Assert.True(File.Exists(row.ArchivePath), $"archive copy missing for {fileName}");
        Assert.StartsWith(Path.Combine(root, "archive", division), row.ArchivePath, StringComparison.Ordinal);
        using (var archived = File.OpenRead(row.ArchivePath))
        {
            Assert.Equal(sha256, SHA256.HashData(archived));
        }

        var feedback = Path.Combine(root, "inbox", division, "feedback", FeedbackNames.Report(fileName));
        Assert.True(File.Exists(feedback), $"no feedback at {feedback}");
        Assert.All(row.Findings, f => Assert.True(Outcomes.IsJapanese(f.Message), $"not Japanese: {f.Message}"));
        Assert.Contains(row.Findings.Count == 0 ? "受理" : row.Findings[0].RuleId, Outcomes.WorkbookText(feedback), StringComparison.Ordinal);
        return row;
    }
}
