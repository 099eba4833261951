using ProgressIngest.Core.Findings;

namespace ProgressIngest.Worker.Excel;

/// <summary>How findings read in the generated workbooks.</summary>
internal static class FindingText
{
    public static string Severity(Severity severity) => severity == Core.Findings.Severity.Error ? "エラー" : "警告";

    /// <summary>Where a finding points, as a submitter would look for it: 「指標!E5」, 「指標」 or 「ファイル全体」.</summary>
    public static string Location(Finding finding) => (finding.Sheet, finding.Cell) switch
    {
        ({ } sheet, { } cell) => $"{sheet}!{cell}",
        ({ } sheet, null) => sheet,
        _ => "ファイル全体",
    };
}
