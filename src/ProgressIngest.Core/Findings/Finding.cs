namespace ProgressIngest.Core.Findings;

/// <summary>One problem found in a submission, pointing at the cell the submitter sees.</summary>
/// <param name="RuleId">Stable rule id (see <see cref="RuleIds"/>).</param>
/// <param name="Severity">Error, warning or 参考.</param>
/// <param name="Sheet">Sheet name as in the submitted file; null for file-level findings.</param>
/// <param name="Cell">A1 address; null for sheet- or file-level findings.</param>
/// <param name="Field">The column label (項目), e.g. 進捗区分.</param>
/// <param name="Value">The value as typed.</param>
/// <param name="Message">What is wrong, in Japanese.</param>
/// <param name="Fix">How to fix it (修正方法), in Japanese.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string? Sheet,
    string? Cell,
    string? Field,
    string? Value,
    string Message,
    string Fix)
{
    /// <summary>説明済み when the row's 備考 explains a warning; errors and 参考 are always open.</summary>
    public FindingStatus Status { get; init; } = FindingStatus.Open;

    /// <summary>The 備考 text that explains the warning, exactly as typed; null unless <see cref="Status"/> is Explained.</summary>
    public string? Explanation { get; init; }

    /// <summary>An error, or a warning nobody has explained: what a division still has to look at.</summary>
    public bool IsOpen => Severity == Severity.Error || (Severity == Severity.Warning && Status == FindingStatus.Open);

    public Finding ExplainedBy(string explanation) => this with { Status = FindingStatus.Explained, Explanation = explanation };

    /// <summary>A finding at a cell; its severity comes from <see cref="RuleRegistry"/>.</summary>
    public static Finding At(CellRef cell, string ruleId, string field, string? value, string message, string fix)
        => new(ruleId, RuleRegistry.SeverityOf(ruleId), cell.Sheet, cell.A1, field, value, message, fix);

    public static Finding ForFile(string ruleId, string message, string fix)
        => new(ruleId, RuleRegistry.SeverityOf(ruleId), null, null, null, null, message, fix);

    public static Finding ForSheet(string sheet, string ruleId, string message, string fix)
        => new(ruleId, RuleRegistry.SeverityOf(ruleId), sheet, null, null, null, message, fix);
}
