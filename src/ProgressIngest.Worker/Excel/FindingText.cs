using ProgressIngest.Core.Findings;

namespace ProgressIngest.Worker.Excel;

/// <summary>How findings read in the generated workbooks.</summary>
internal static class FindingText
{
    public static string Severity(Severity severity) => severity switch
    {
        Core.Findings.Severity.Error => "エラー",
        Core.Findings.Severity.Warning => "警告",
        _ => "参考",
    };

    /// <summary>要対応 for errors and open warnings, 説明済み for a warning its row's 備考 explains, 対応不要 for 参考.</summary>
    public static string Status(Finding finding) => finding switch
    {
        { Status: FindingStatus.Explained } => "説明済み",
        { Severity: Core.Findings.Severity.Info } => "対応不要",
        _ => "要対応",
    };

    /// <summary>Where a finding points, as a submitter would look for it: 「指標!E5」, 「指標」 or 「ファイル全体」.</summary>
    public static string Location(Finding finding) => (finding.Sheet, finding.Cell) switch
    {
        ({ } sheet, { } cell) => $"{sheet}!{cell}",
        ({ } sheet, null) => sheet,
        _ => "ファイル全体",
    };
}
