using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Worker.Processing;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Commands;

/// <summary>
/// <c>rebuild --root DIR [--feedback]</c>: re-creates the ledger from archive/ (the ledger is an index of the
/// archive), re-checks every submission in ledger order with the current catalogue, and writes the master.
/// The old ledger is kept beside the new one, never deleted. Feedback is written again only with --feedback:
/// the divisions already have theirs.
/// </summary>
internal static class RebuildCommand
{
    public static int Run(IServiceProvider services, CommandLine command, TextWriter output)
    {
        var layout = services.GetRequiredService<RootLayout>();
        var options = services.GetRequiredService<IOptions<IngestOptions>>().Value;
        var catalogue = services.GetRequiredService<Catalogue>();
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("ProgressIngest.Rebuild");

        var keptAs = SetAside(layout, clock);
        layout.EnsureFor(catalogue.Divisions.Select(d => d.Code));
        TempFiles.Sweep(layout);
        var archived = ArchiveIndex.Read(layout, options.Year, catalogue.Hash, logger);

        // Resolved only now: the pipeline loads its state from the (new, empty) ledger.
        var pipeline = services.GetRequiredService<IngestPipeline>();
        long last = 0;
        foreach (var submission in archived)
        {
            last = pipeline.Index(submission with { Sequence = submission.Sequence > last ? submission.Sequence : null }).Id;
        }

        var feedback = command.Option("--feedback") is not null;

        // Progress only for a person watching a terminal, on stderr, as for once.
        var progress = !Console.IsErrorRedirected && ReferenceEquals(output, Console.Out) ? new ProgressLine(Console.Error, clock, archived.Count) : null;
        pipeline.CheckPending(feedback ? pipeline.Inline : pipeline.None, progress is null ? null : (i, s) => progress.Report(i, $"{s.Division}/{s.OriginalName}"));
        progress?.Finish();
        var master = services.GetRequiredService<MasterPublisher>().Publish(pipeline.State.All, pipeline.State.Published);

        output.WriteLine($"archive/ から台帳を作り直しました: {archived.Count} 件（{layout.LedgerPath}）。");
        if (keptAs is not null)
        {
            output.WriteLine($"前の台帳は {keptAs} に残しました（不要と確認できたら削除してかまいません）。");
        }

        var owed = pipeline.FeedbackOwed;
        output.WriteLine((feedback, owed) switch
        {
            (false, _) => "フィードバックは書き直していません（必要なら --feedback を付けて実行してください）。",
            (true, 0) => "フィードバックを書き直しました（以前のものは feedback/history に移しました）。",
            _ => $"フィードバックを書き直しましたが、{owed} 件は書き込めませんでした（フォルダの権限や空き容量を確認してください。次に watch または once を起動したときに書き込みます）。",
        });
        output.WriteLine($"集約ファイル（マスター）: {master}");
        return ExitCodes.Ok;
    }

    /// <summary>Moves the current ledger (with its -wal and -shm) aside; returns where, or null when there was none.</summary>
    private static string? SetAside(RootLayout layout, TimeProvider clock)
    {
        if (!File.Exists(layout.LedgerPath))
        {
            return null;
        }

        var keptAs = $"{layout.LedgerPath}.before-rebuild-{JapanTime.Stamp(clock.GetUtcNow())}";
        foreach (var suffix in new[] { "-wal", "-shm", string.Empty })
        {
            if (File.Exists(layout.LedgerPath + suffix))
            {
                File.Move(layout.LedgerPath + suffix, keptAs + suffix, overwrite: true);
            }
        }

        return keptAs;
    }
}
