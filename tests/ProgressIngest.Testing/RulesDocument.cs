using System.Text;
using ProgressIngest.Core.Findings;

namespace ProgressIngest.Testing;

/// <summary>docs/rules.md, rendered from <see cref="RuleRegistry"/>: `dotnet run --project tests/ProgressIngest.Testing -- rules-doc docs/rules.md`.</summary>
public static class RulesDocument
{
    public const string RelativePath = "docs/rules.md";

    public static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("# 点検ルール一覧 / Rules\n\n");
        sb.Append("<!-- 生成ファイルです。編集せず `dotnet run --project tests/ProgressIngest.Testing -- rules-doc docs/rules.md` で作り直してください（src/ProgressIngest.Core/Findings/RuleRegistry.cs から生成）。 -->\n\n");
        sb.Append("提出ファイルの点検で出る指摘の一覧です。ルールID はフィードバック・集約ファイル・`validate --format json` に出る固定の識別子で、変更しません。\n\n");
        sb.Append("- **エラー**（error）: 1つでもあれば差戻し。\n");
        sb.Append("- **警告**（warning）: 受理（警告あり）。「備考で説明可」の警告は、その行の備考に理由を書けば説明済み（explained）になり、受理になります。\n");
        sb.Append("- **参考**（info）: 対応不要。結果に影響しません。\n\n");
        sb.Append("Every finding the checker can produce. Rule ids are stable identifiers used in feedback, the master and `validate --format json`; severity is fixed per rule.\n\n");
        sb.Append("| ルールID | 重要度 | 名称 | 内容 | 対象 | 例 | 備考で説明可 |\n");
        sb.Append("|---|---|---|---|---|---|---|\n");
        foreach (var rule in RuleRegistry.All)
        {
            sb.Append($"| `{rule.Id}` | {Severity(rule.Severity)} | {Cell(rule.Title)} | {Cell(rule.Description)} | {Cell(string.Join("、", rule.Fields))} | {Cell(rule.Example)} | {(rule.Explainable ? "○" : string.Empty)} |\n");
        }

        return sb.ToString();
    }

    private static string Severity(Severity severity) => severity switch
    {
        Core.Findings.Severity.Error => "エラー (error)",
        Core.Findings.Severity.Warning => "警告 (warning)",
        _ => "参考 (info)",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
