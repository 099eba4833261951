namespace ProgressIngest.Worker.Tests.Hostile;

internal sealed record LedgerFinding(string RuleId, string Severity, string? Sheet, string? Cell, string Message);
