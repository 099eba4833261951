using Microsoft.Extensions.DependencyInjection;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Commands;

/// <summary><c>once --root DIR</c>: process everything waiting, rebuild the master, print a summary.</summary>
internal static class OnceCommand
{
    public static int Run(IServiceProvider services, TextWriter output)
    {
        var run = services.GetRequiredService<IngestRun>();
        var catalogue = services.GetRequiredService<Catalogue>();
        run.Start();
        var pending = run.Pending();
        var interactive = !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out);
        var (results, master) = run.ProcessAllThenPublish(pending, interactive
            ? (i, file) => output.Write($"\r処理中 {i + 1}/{pending.Count}: {file.Division}/{file.Name}".PadRight(70))
            : null);
        if (interactive && pending.Count > 0)
        {
            output.WriteLine();
        }

        WriteSummary(output, catalogue, results);
        output.WriteLine();
        output.WriteLine($"集約ファイル（マスター）: {master}");
        output.WriteLine($"報告書の案: {run.Layout.DraftFile(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestOptions>>().Value.ReportingYear)}");
        output.WriteLine($"フィードバック: {Path.Combine(run.Layout.Inbox, "<所属コード>", "feedback")}");
        return ExitCodes.Ok;
    }

    private static void WriteSummary(TextWriter output, Catalogue catalogue, IReadOnlyList<ProcessResult> results)
    {
        output.WriteLine($"処理したファイル: {results.Count(r => r.Outcome is not null)} 件（未完了 {results.Count(r => r.Outcome is null)} 件、同一内容 {results.Count(r => r.Duplicate)} 件）");
        output.WriteLine();
        output.WriteLine($"{"所属",-14}{"受理",6}{"受理(警告)",10}{"差戻し",6}{"読めない",6}");
        foreach (var division in catalogue.Divisions)
        {
            var mine = results.Where(r => r.Division == division.Code && !r.Duplicate).ToList();
            int Count(Outcome o) => mine.Count(r => r.Outcome == o);
            output.WriteLine($"{division.Code,-14}{Count(Outcome.Accepted),6}{Count(Outcome.AcceptedWithWarnings),10}{Count(Outcome.Returned),6}{Count(Outcome.Unreadable),6}");
        }
    }
}
