namespace ProgressIngest.Worker.Tests.Hostile;

internal sealed record LedgerRow(long Id, string Division, string FileName, string? Outcome, bool FeedbackWritten, string ArchivePath, string Hash, IReadOnlyList<LedgerFinding> Findings)
{
    public IEnumerable<string> RuleIds => Findings.Select(f => f.RuleId);
}
