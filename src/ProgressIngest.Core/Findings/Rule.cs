namespace ProgressIngest.Core.Findings;

/// <summary>What one rule checks, for submitters, the planning division and anyone scripting around the tool.</summary>
/// <param name="Id">Stable id (see <see cref="RuleIds"/>); never renamed.</param>
/// <param name="Severity">Every finding of this rule has this severity.</param>
/// <param name="Title">Short Japanese name.</param>
/// <param name="Description">What is checked and why, in Japanese.</param>
/// <param name="Fields">Sheets or columns it looks at.</param>
/// <param name="Example">An input that triggers it.</param>
/// <param name="Explainable">A warning the row's 備考 can explain (説明済み).</param>
public sealed record Rule(string Id, Severity Severity, string Title, string Description, IReadOnlyList<string> Fields, string Example, bool Explainable = false);
