using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Parsing;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Commands;

/// <summary><c>validate FILE [--division CODE] [--format json]</c>: the submitter's self-check. Writes nothing.</summary>
internal static class ValidateCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static int Run(IServiceProvider services, CommandLine command, TextWriter output, TextWriter error)
    {
        if (command.Positional.Count != 1)
        {
            error.WriteLine("使い方: validate ファイル [--division 所属コード] [--format json]");
            return ExitCodes.Unusable;
        }

        var path = command.Positional[0];
        if (!File.Exists(path))
        {
            error.WriteLine($"ファイルが見つかりません: {path}");
            return ExitCodes.Unusable;
        }

        var catalogue = services.GetRequiredService<Catalogue>();
        var options = services.GetRequiredService<IOptions<IngestOptions>>().Value;
        var json = string.Equals(command.Option("--format"), "json", StringComparison.OrdinalIgnoreCase);
        var length = new FileInfo(path).Length;
        if (length > options.Limits.MaxFileBytes)
        {
            // Never load an oversized file into memory just to refuse it.
            var tooLarge = IngestReport.Unreadable(FileProblems.TooLarge(length, options.Limits.MaxFileBytes));
            Print(tooLarge, json, output);
            return ExitCodes.Unusable;
        }

        var content = File.ReadAllBytes(path);
        var extension = ExcelWorkbookReader.ExtensionOf(path);
        IngestReport report;
        if (extension is null || !ExcelWorkbookReader.SupportedExtensions.Contains(extension))
        {
            report = IngestReport.Unreadable(FileProblems.Unsupported(extension ?? "拡張子なし"));
        }
        else
        {
            var division = ResolveDivision(command.Option("--division"), content, catalogue, options, out var problem);
            if (division is null)
            {
                report = problem is null ? IngestReport.Unreadable(FileProblems.Corrupt("不明")) : IngestReport.Unreadable(problem);
                if (problem?.RuleId == RuleIds.CoverDivisionMissing)
                {
                    Print(report, json, output);
                    error.WriteLine($"所属が分かりません。--division で所属コードを指定してください（{string.Join(", ", catalogue.Divisions.Select(d => d.Code))}）。");
                    return ExitCodes.Unusable;
                }
            }
            else
            {
                report = SubmissionFile.Check(content, new SubmissionContext(catalogue, division, options.ReportingYear, IndicatorHistory.FromBaseline(catalogue)), options.Limits);
            }
        }

        Print(report, json, output);
        return report.Outcome switch
        {
            Outcome.Unreadable => ExitCodes.Unusable,
            Outcome.Returned => ExitCodes.FindingErrors,
            _ => ExitCodes.Ok,
        };
    }

    private static Division? ResolveDivision(string? code, byte[] content, Catalogue catalogue, IngestOptions options, out Finding? problem)
    {
        problem = null;
        if (code is not null)
        {
            var given = catalogue.FindDivision(code.Trim().ToLowerInvariant());
            if (given is null)
            {
                problem = Finding.ForFile(RuleIds.CoverDivisionMissing, Severity.Error, $"所属コード「{code}」は登録されていません。", $"次のいずれかを指定してください: {string.Join(", ", catalogue.Divisions.Select(d => d.Code))}");
            }

            return given;
        }

        try
        {
            var submission = SubmissionParser.Parse(ExcelWorkbookReader.Read(content, options.Limits), catalogue);
            var fromCover = submission.Cover?.DivisionCode is { } c ? catalogue.FindDivision(c) : null;
            if (fromCover is null)
            {
                problem = Finding.ForFile(RuleIds.CoverDivisionMissing, Severity.Error, "表紙の所属コードから所属を判別できません。", "表紙の所属コードを確認するか、--division で所属コードを指定してください。");
            }

            return fromCover;
        }
        catch (UnreadableFileException ex)
        {
            problem = ex.Finding;
            return null;
        }
    }

    private static void Print(IngestReport report, bool json, TextWriter output)
    {
        if (json)
        {
            var items = report.Findings.Select(f => new
            {
                severity = f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" },
                ruleId = f.RuleId,
                sheet = f.Sheet,
                cell = f.Cell,
                field = f.Field,
                value = f.Value,
                message = f.Message,
                fix = f.Fix,
                status = f.Status == FindingStatus.Explained ? "explained" : "open",
                explanation = f.Explanation,
            });
            output.WriteLine(JsonSerializer.Serialize(items, Json));
            return;
        }

        output.WriteLine($"結果: {report.Outcome.Japanese()}（エラー {report.ErrorCount} 件、警告 {report.WarningCount} 件、説明済み {report.ExplainedCount} 件、参考 {report.InfoCount} 件）");
        foreach (var f in report.Findings)
        {
            var where = f.Sheet is null ? "ファイル" : f.Cell is null ? f.Sheet : $"{f.Sheet}!{f.Cell}";
            var label = f.Status == FindingStatus.Explained ? "警告・説明済み" : FindingText.Severity(f.Severity);
            output.WriteLine($"[{label}] {where} {f.Message}");
            output.WriteLine(f.Explanation is { } why ? $"    説明（備考）: {why}" : $"    修正方法: {f.Fix}  ({f.RuleId})");
        }
    }
}
