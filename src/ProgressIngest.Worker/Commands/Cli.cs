using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Worker.Watching;

namespace ProgressIngest.Worker.Commands;

/// <summary>Dispatches the command line to a command; turns start-up problems into a clear message and exit code 2.</summary>
internal static class Cli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var command = CommandLine.Parse(args);
        if (command.Command is "help" or "--help" or "-h")
        {
            output.WriteLine(Usage);
            return ExitCodes.Ok;
        }

        if (command.Command is not ("once" or "watch" or "rebuild" or "validate" or "template"))
        {
            error.WriteLine($"不明なコマンドです: {command.Command}");
            error.WriteLine(Usage);
            return ExitCodes.Unusable;
        }

        try
        {
            using var host = HostFactory.Build(command, service: command.Command == "watch");
            var services = host.Services;
            _ = services.GetRequiredService<Catalogue>();
            if (!TakesTheRoot(command.Command))
            {
                return command.Command == "validate"
                    ? ValidateCommand.Run(services, command, output, error)
                    : TemplateCommand.Run(services, command, output, error);
            }

            if (string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<IngestOptions>>().Value.Root))
            {
                error.WriteLine("ルートフォルダを --root で指定してください（または appsettings.json の ProgressIngest:Root、環境変数 ProgressIngest__Root）。");
                return ExitCodes.Unusable;
            }

            var layout = services.GetRequiredService<RootLayout>();
            using var rootLock = RootLock.TryAcquire(layout, command.Command, services.GetRequiredService<TimeProvider>(), out var holder);
            if (rootLock is null)
            {
                error.WriteLine($"ルート {layout.Root} は別のプロセスが使用中のため、{command.Command} を実行できません（使用中: {holder}）。"
                    + "同じルートで動かせるのは watch・once・rebuild のうち1つだけです。サービスを止めてから実行してください。");
                return ExitCodes.RootLocked;
            }

            if (command.Command == "rebuild")
            {
                return RebuildCommand.Run(services, command, output);
            }

            // Proves the ledger usable (and an index of the archive) before any file is copied or moved.
            _ = services.GetRequiredService<SubmissionLedger>();
            if (command.Command == "watch")
            {
                var fault = services.GetRequiredService<ServiceFault>();
                await host.RunAsync().ConfigureAwait(false);
                return fault.ExitCode ?? ExitCodes.Ok;
            }

            return OnceCommand.Run(services, output);
        }
        catch (LedgerUnusableException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.StateDamaged;
        }
        catch (CatalogueException ex)
        {
            error.WriteLine($"設定ファイルに誤りがあるため起動できません。{ex.Message}");
            return ExitCodes.Unusable;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk or a locked master: nothing already recorded is lost, and the next run retries.
            error.WriteLine($"ファイルを書き込めなかったため、処理を途中で終了しました（受け付けた提出は台帳に記録済みで、次回の実行で続きから処理します）: {ex.Message}");
            return ExitCodes.Unusable;
        }
        catch (InvalidOperationException ex) when (ex.InnerException is ArgumentException or FormatException)
        {
            // The configuration binder could not convert a value (e.g. --SettleSeconds abc).
            error.WriteLine($"設定値を読めないため起動できません（数値の設定に文字が入っていないか確認してください）: {ex.Message}");
            return ExitCodes.Unusable;
        }
        catch (OptionsValidationException ex)
        {
            error.WriteLine($"設定に誤りがあるため起動できません: {string.Join(" / ", ex.Failures)}");
            return ExitCodes.Unusable;
        }
    }

    /// <summary>The commands that work on a root hold its lock; validate and template touch no root.</summary>
    private static bool TakesTheRoot(string command) => command is "once" or "watch" or "rebuild";

    private const string Usage = """
        ProgressIngest — 対応方針 進捗状況報告の受付・点検・集約

        使い方:
          once     --root フォルダ                 受付フォルダのファイルをすべて処理し、集約ファイルを作成して終了
          watch    --root フォルダ                 常駐して受付フォルダを監視（Windows サービス / systemd でも動作）
          rebuild  --root フォルダ [--feedback]      archive/ から台帳と集約ファイルを作り直す（--feedback でフィードバックも書き直す）
          validate ファイル [--division 所属コード] [--format json]
                                                    提出前の自己点検（何も書き込みません。終了コード 0=エラーなし 1=エラーあり 2=読めない）
          template --division 所属コード --out ファイル.xlsx
                                                    記入用テンプレートを作成

        共通オプション: --year 令和7年度（報告年度）、--schemas フォルダ、--seeds フォルダ、--verbose
        終了コード: 0=正常 1=エラーあり（validate） 2=読めない・引数や設定の誤り 3=ルートを別のプロセスが使用中 4=台帳の異常 5=サービスの異常終了
        設定は appsettings.json、環境変数（ProgressIngest__Root など）、コマンドラインの順に上書きされます。
        """;
}
