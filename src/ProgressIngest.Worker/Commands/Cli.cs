using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Schema;

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

        if (command.Command is not ("once" or "watch" or "validate" or "template" or "report"))
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
            if (command.Command is "once" or "watch" or "report" && string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<IngestOptions>>().Value.Root))
            {
                error.WriteLine("ルートフォルダを --root で指定してください（または appsettings.json の ProgressIngest:Root、環境変数 ProgressIngest__Root）。");
                return ExitCodes.Unusable;
            }

            if (command.Command == "watch")
            {
                await host.RunAsync().ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            return command.Command switch
            {
                "once" => OnceCommand.Run(services, output),
                "validate" => ValidateCommand.Run(services, command, output, error),
                "report" => ReportCommand.Run(services, output),
                _ => TemplateCommand.Run(services, command, output, error),
            };
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

    private const string Usage = """
        ProgressIngest — 対応方針 進捗状況報告の受付・点検・集約

        使い方:
          once     --root フォルダ                 受付フォルダのファイルをすべて処理し、集約ファイルを作成して終了
          watch    --root フォルダ                 常駐して受付フォルダを監視（Windows サービス / systemd でも動作）
          validate ファイル [--division 所属コード] [--format json]
                                                    提出前の自己点検（何も書き込みません。終了コード 0=エラーなし 1=エラーあり 2=読めない）
          template --division 所属コード --out ファイル.xlsx
                                                    記入用テンプレートを作成
          report   --root フォルダ [--year 令和6年度]
                                                    受理済みのデータから報告書の案（master/進捗状況報告_令和N年度_案.docx）を作成

        共通オプション: --year 令和7年度（報告年度）、--schemas フォルダ、--seeds フォルダ、--verbose
        設定は appsettings.json、環境変数（ProgressIngest__Root など）、コマンドラインの順に上書きされます。
        """;
}
