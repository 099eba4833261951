using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Worker.Watching;

namespace ProgressIngest.Worker.Commands;

/// <summary>Parses the command line (see <see cref="CliDefinition"/>), runs the command, and turns start-up problems into a clear message and exit code.</summary>
internal static class Cli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CliDefinition.Culture;
        try
        {
            var root = CliDefinition.Build((command, _) => ExecuteAsync(command, output, error));
            // With nothing on the line, a newcomer gets the list of commands rather than an error.
            var parse = root.Parse(args.Length == 0 ? ["--help"] : args);

            // System.CommandLine answers a usage error with 1, which here means "the file has errors": usage errors are 2.
            // --help and --version answer even when the rest of the line is incomplete.
            if (parse.Errors.Count > 0 && parse.Action is not (ToolVersionAction or HelpAction))
            {
                UsageErrors.Write(parse, error);
                return ExitCodes.Unusable;
            }

            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static async Task<int> ExecuteAsync(CommandLine command, TextWriter output, TextWriter error)
    {
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

            if (command.Command == "report")
            {
                // Reads the ledger and writes only the draft (atomically): the service may keep running.
                return ReportCommand.Run(services, output);
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

            return OnceCommand.Run(services, command, output);
        }
        catch (LedgerUnusableException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.StateDamaged;
        }
        catch (CatalogueException ex)
        {
            error.WriteLine($"起動できません。{ex.Message}");
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

    /// <summary>The commands that work on a root; once, watch and rebuild also hold its lock. validate and template touch no root.</summary>
    private static bool TakesTheRoot(string command) => command is "once" or "watch" or "rebuild" or "report";
}
