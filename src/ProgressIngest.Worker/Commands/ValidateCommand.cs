using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Parsing;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Processing;
using ProgressIngest.Worker.Reports;

namespace ProgressIngest.Worker.Commands;

/// <summary><c>validate FILE [--division CODE] [--format json]</c>: the submitter's self-check. Writes nothing.</summary>
internal static class ValidateCommand
{
    public static int Run(IServiceProvider services, CommandLine command, TextWriter output, TextWriter error)
    {
        if (command.Positional.Count != 1)
        {
            error.WriteLine("使い方: validate ファイル [--division 所属コード] [--format json]");
            return ExitCodes.Unusable;
        }

        var path = command.Positional[0];
        var catalogue = services.GetRequiredService<Catalogue>();
        var options = services.GetRequiredService<IOptions<IngestOptions>>().Value;
        var json = string.Equals(command.Option("--format"), "json", StringComparison.OrdinalIgnoreCase);
        var name = Path.GetFileName(path);
        void Print(IngestReport report, FileIdentity file, Division? division)
        {
            if (json)
            {
                output.WriteLine(ReportJson.Serialize(FileReport.From(report, file, division?.Code, options.Year, catalogue.Hash)));
            }
            else
            {
                PrintText(report, output);
            }
        }

        if (!File.Exists(path))
        {
            // A script still gets the report object to parse; a person reads the reason on stderr.
            Print(IngestReport.Unreadable(FileProblems.Missing(name)), new FileIdentity(name, null, null), null);
            error.WriteLine($"ファイルが見つかりません: {path}");
            return ExitCodes.Unusable;
        }

        var length = new FileInfo(path).Length;
        var refused = SubmissionFile.Preflight(path, name, options.Limits);
        if (refused?.RuleId == RuleIds.FileTooLarge)
        {
            // Never load an oversized file into memory just to refuse it (nor to hash it).
            Print(IngestReport.Unreadable(refused), new FileIdentity(name, length, null), null);
            return ExitCodes.Unusable;
        }

        var content = File.ReadAllBytes(path);
        var identity = new FileIdentity(name, content.LongLength, Convert.ToHexStringLower(SHA256.HashData(content)));
        if (refused is not null)
        {
            Print(IngestReport.Unreadable(refused), identity, null);
            return ExitCodes.Unusable;
        }

        IngestReport report;
        var division = ResolveDivision(command.Option("--division"), content, catalogue, options, out var problem);
        if (division is null)
        {
            report = problem is null ? IngestReport.Unreadable(FileProblems.Corrupt("不明")) : IngestReport.Unreadable(problem);
            if (problem?.RuleId == RuleIds.CoverDivisionMissing)
            {
                Print(report, identity, null);
                error.WriteLine($"所属が分かりません。--division で所属コードを指定してください（{string.Join(", ", catalogue.Divisions.Select(d => d.Code))}）。");
                return ExitCodes.Unusable;
            }
        }
        else
        {
            report = SubmissionFile.Check(content, new SubmissionContext(catalogue, division, options.Year, IndicatorHistory.FromBaseline(catalogue)), options.Limits);
        }

        Print(report, identity, division);
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
                problem = Finding.ForFile(RuleIds.CoverDivisionMissing, $"所属コード「{code}」は登録されていません。", $"次のいずれかを指定してください: {string.Join(", ", catalogue.Divisions.Select(d => d.Code))}");
            }

            return given;
        }

        try
        {
            var submission = SubmissionParser.Parse(ExcelWorkbookReader.Read(content, options.Limits), catalogue);
            var fromCover = submission.Cover?.DivisionCode is { } c ? catalogue.FindDivision(c) : null;
            if (fromCover is null)
            {
                problem = Finding.ForFile(RuleIds.CoverDivisionMissing, "表紙の所属コードから所属を判別できません。", "表紙の所属コードを確認するか、--division で所属コードを指定してください。");
            }

            return fromCover;
        }
        catch (UnreadableFileException ex)
        {
            problem = ex.Finding;
            return null;
        }
    }

    private static void PrintText(IngestReport report, TextWriter output)
    {
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
