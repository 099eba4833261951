using Microsoft.Extensions.DependencyInjection;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using Microsoft.Extensions.Options;
using ProgressIngest.Worker.Processing;
using ProgressIngest.Worker.Reports;

namespace ProgressIngest.Worker.Commands;

/// <summary><c>once --root DIR</c>: process everything waiting, rebuild the master, print a summary.</summary>
internal static class OnceCommand
{
    public static int Run(IServiceProvider services, CommandLine command, TextWriter output)
    {
        var run = services.GetRequiredService<IngestRun>();
        var catalogue = services.GetRequiredService<Catalogue>();
        var json = command.Option("--format") == "json";
        run.Start();
        var pending = run.Pending();

        // Progress only for a person watching a terminal, on stderr; never into redirected output or JSON.
        var interactive = !json && !Console.IsErrorRedirected && ReferenceEquals(output, Console.Out);
        var progress = interactive ? new ProgressLine(Console.Error, services.GetRequiredService<TimeProvider>(), pending.Count) : null;
        var (results, master) = run.ProcessAllThenPublish(pending, progress is null ? null : (i, file) => progress.Report(i, $"{file.Division}/{file.Name}"));
        progress?.Finish();

        if (json)
        {
            var options = services.GetRequiredService<IOptions<IngestOptions>>().Value;
            output.WriteLine(ReportJson.Serialize(JsonReport(results, master, run, catalogue, options)));
            return ExitCodes.Ok;
        }

        WriteSummary(output, catalogue, results);
        output.WriteLine();
        output.WriteLine($"集約ファイル（マスター）: {master}");
        output.WriteLine($"報告書の案: {run.Layout.DraftFile(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestOptions>>().Value.Year)}");
        output.WriteLine($"フィードバック: {Path.Combine(run.Layout.Inbox, "<所属コード>", "feedback")}");
        return ExitCodes.Ok;
    }

    private static OnceReport JsonReport(IReadOnlyList<ProcessResult> results, string master, IngestRun run, Catalogue catalogue, IngestOptions options)
    {
        var records = run.Submissions.ToDictionary(r => r.Id);
        var files = results
            .Where(r => r.Outcome is not null && !r.Duplicate && r.Submission is { } id && records.ContainsKey(id))
            .Select(r =>
            {
                var record = records[r.Submission!.Value];
                var report = new IngestReport(record.Outcome, record.Findings, null);
                return FileReport.From(report, new FileIdentity(r.FileName, r.Size, r.Hash), r.Division, options.Year, catalogue.Hash);
            })
            .ToList();
        int Count(Outcome o) => results.Count(r => !r.Duplicate && r.Outcome == o);
        var summary = new OnceSummary(
            results.Count(r => r.Outcome is not null && !r.Duplicate),
            Count(Outcome.Accepted),
            Count(Outcome.AcceptedWithWarnings),
            Count(Outcome.Returned),
            Count(Outcome.Unreadable),
            [.. results.Where(r => r.Duplicate).Select(r => $"{r.Division}/{r.FileName}")],
            [.. results.Where(r => r.Outcome is null).Select(r => new NotProcessedFile(r.Division, r.FileName, r.OpenProblem))]);
        return new OnceReport(
            FileReport.CurrentFormat,
            new ToolReport(ToolInfo.Name, ToolInfo.Version),
            run.Layout.Root,
            YearReport.Of(options.Year),
            catalogue.Hash,
            master,
            files,
            summary);
    }

    private static void WriteSummary(TextWriter output, Catalogue catalogue, IReadOnlyList<ProcessResult> results)
    {
        output.WriteLine($"処理したファイル: {results.Count(r => r.Outcome is not null)} 件（未完了 {results.Count(r => r.Outcome is null)} 件、同一内容 {results.Count(r => r.Duplicate)} 件）");
        output.WriteLine();
        var rows = new List<string[]> { new[] { "所属", "受理", "受理（警告あり）", "差戻し", "読めない" } };
        foreach (var division in catalogue.Divisions)
        {
            var mine = results.Where(r => r.Division == division.Code && !r.Duplicate).ToList();
            string Count(Outcome o) => mine.Count(r => r.Outcome == o).ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.Add([$"{division.Name}（{division.Code}）", Count(Outcome.Accepted), Count(Outcome.AcceptedWithWarnings), Count(Outcome.Returned), Count(Outcome.Unreadable)]);
        }

        TextTable.Write(output, rows, [false, true, true, true, true]);

        var unopened = results.Where(r => r.OpenProblem is not null).ToList();
        if (unopened.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"開けなかったファイル: {unopened.Count} 件（受付フォルダに残っています）");
            foreach (var r in unopened)
            {
                output.WriteLine($"  {r.Division}/{r.FileName}（{r.OpenProblem}）{(r.GaveUp ? " — 所属の feedback フォルダでお知らせしました" : string.Empty)}");
            }
        }
    }
}
