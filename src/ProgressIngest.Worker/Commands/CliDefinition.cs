using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Reflection;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Worker.Commands;

/// <summary>
/// Every command and option, with its Japanese help, declared once with System.CommandLine: unknown commands
/// and options are errors with a did-you-mean, values are checked before anything runs, and --help runs nothing.
/// Each command's action hands a <see cref="CommandLine"/> to the runner.
/// </summary>
internal static class CliDefinition
{
    /// <summary>The numeric settings of <see cref="IngestOptions"/>, accepted as --Name VALUE (the last word after appsettings.json and the environment).</summary>
    public static IReadOnlyList<PropertyInfo> Settings { get; } =
        [.. typeof(IngestOptions).GetProperties().Where(p => p.CanWrite && (p.PropertyType == typeof(int) || p.PropertyType == typeof(double)) && p.Name != nameof(IngestOptions.ReportingYear))];

    public static RootCommand Build(Func<CommandLine, CancellationToken, Task<int>> run)
    {
        var root = new RootCommand("ProgressIngest — 対応方針 進捗状況報告の受付・点検・集約。各コマンドの使い方は「コマンド名 --help」で表示します。");

        var rootFolder = new Option<string>("--root") { Description = "ルートフォルダ（inbox/ master/ archive/ state/ を置くフォルダ）。appsettings.json の ProgressIngest:Root、環境変数 ProgressIngest__Root でも指定できます。", HelpName = "フォルダ" };
        var year = new Option<string>("--year") { Description = "報告年度（例: 令和7年度、R7、2025）。", HelpName = "年度" };
        year.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>();
            if (text is not null && FiscalYear.Parse(text) is null)
            {
                r.AddError($"--year「{text}」を年度として読めません。「令和7年度」「R7」「2025」のように指定してください。");
            }
        });
        var schemas = new Option<string>("--schemas") { Description = "カタログ（schemas/）のフォルダ。既定は実行ファイルと同じ場所。", HelpName = "フォルダ" };
        var seeds = new Option<string>("--seeds") { Description = "基準値（seeds/）のフォルダ。既定は実行ファイルと同じ場所。", HelpName = "フォルダ" };
        var verbose = new Option<bool>("--verbose") { Description = "処理の詳細なログ（Information 以上）を標準エラーに出します。" };
        var settings = Settings.Select(SettingOption).ToList();

        // The registry is only known once --schemas is read, so the commands themselves refuse an unknown code (exit 2).
        var division = new Option<string>("--division") { Description = "所属コード（例: jinji、bpr、aoba）。schemas/divisions.json に登録されたもの。", HelpName = "所属コード" };
        Option<string> Format(string what)
        {
            var format = new Option<string>("--format") { Description = $"出力形式: text（既定）または json（{what}）。", HelpName = "text|json", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            return format;
        }

        Command WithCommon(Command command, bool takesRoot)
        {
            if (takesRoot)
            {
                command.Options.Add(rootFolder);
            }

            foreach (var option in new Option[] { year, schemas, seeds, verbose }.Concat(settings))
            {
                command.Options.Add(option);
            }

            return command;
        }

        var onceFormat = Format("ファイルごとの結果と集計、schemas/once-report.schema.json");
        var once = WithCommon(new Command("once", "受付フォルダのファイルをすべて処理し、集約ファイルを作り直して終了します（サービスを止めてから実行してください）。"), takesRoot: true);
        once.Options.Add(onceFormat);

        var watch = WithCommon(new Command("watch", "常駐して受付フォルダを監視します（Windows サービス / systemd でも動作）。"), takesRoot: true);

        var feedback = new Option<bool>("--feedback") { Description = "フィードバックも書き直します（既定では書き直しません）。" };
        var rebuild = WithCommon(new Command("rebuild", "archive/ の原本から台帳と集約ファイルを作り直します（サービスを止めてから実行してください）。"), takesRoot: true);
        rebuild.Options.Add(feedback);

        var file = new Argument<string>("ファイル") { Description = "点検する提出ファイル（.xlsx / .xlsm / .xls）。" };
        var validateFormat = Format("schemas/validation-report.schema.json");
        var validate = WithCommon(new Command("validate", "提出前の自己点検です。何も書き込みません。終了コード 0=エラーなし、1=エラーあり、2=読めない・引数の誤り。"), takesRoot: false);
        validate.Arguments.Add(file);
        validate.Options.Add(division);
        validate.Options.Add(validateFormat);

        var templateDivision = new Option<string>("--division") { Description = division.Description, HelpName = "所属コード", Required = true };
        var output = new Option<string>("--out") { Description = "作成するテンプレートのファイル名（.xlsx）。", HelpName = "ファイル", Required = true };
        var template = WithCommon(new Command("template", "所属用の記入テンプレートを作ります。--root を付けると、前年度までに受理された値を「前年度の値（参考）」に表示します。"), takesRoot: true);
        template.Options.Add(templateDivision);
        template.Options.Add(output);

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = "使い方を表示します（何も実行しません）。";
        }

        var version = new ToolVersionAction();
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = version;
        }

        var report = WithCommon(new Command("report", "受理済みの提出と公表済みの値から、報告書の案（master/進捗状況報告_令和N年度_案.docx）を作ります。ファイルの処理はしません。"), takesRoot: true);

        foreach (var command in new[] { once, watch, rebuild, validate, template, report })
        {
            command.Options.Add(new VersionOption { Action = version });
            command.SetAction((parse, cancel) => run(ToCommandLine(parse, command), cancel));
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses a command line that must be valid (hosts built in tests); a usage error throws.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        CommandLine? parsed = null;
        var root = Build((command, _) =>
        {
            parsed = command;
            return Task.FromResult(0);
        });
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", result.Errors.Select(e => e.Message)), nameof(args));
        }

        result.Invoke();
        return parsed ?? throw new ArgumentException("No command on the line.", nameof(args));
    }

    /// <summary>What the commands read: options by long name (flags as "true"), positional arguments in order.</summary>
    private static CommandLine ToCommandLine(ParseResult parse, Command command)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in command.Options)
        {
            var result = parse.GetResult(option);
            if (result is null || result.Implicit)
            {
                continue;
            }

            var value = option switch
            {
                Option<bool> flag => parse.GetValue(flag) ? "true" : null,
                Option<string> text => parse.GetValue(text),
                _ => result.Tokens.Count > 0 ? result.Tokens[^1].Value : null,
            };
            if (value is not null)
            {
                options[option.Name] = value;
            }
        }

        var positional = command.Arguments.Select(a => parse.GetResult(a)?.Tokens.Select(t => t.Value)).Where(t => t is not null).SelectMany(t => t!).ToList();
        return new CommandLine(command.Name, positional, options);
    }

    private static Option SettingOption(PropertyInfo setting)
    {
        var integer = setting.PropertyType == typeof(int);
        var option = new Option<string>($"--{setting.Name}")
        {
            Description = $"設定 ProgressIngest:{setting.Name} をこの実行だけ上書きします（appsettings.json の説明を参照）。",
            HelpName = integer ? "整数" : "数値",
        };
        option.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>() ?? string.Empty;
            var ok = integer
                ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            if (!ok)
            {
                r.AddError($"設定 --{setting.Name} の値「{text}」を{(integer ? "整数" : "数値")}として読めません（例: {setting.GetValue(new IngestOptions())}）。");
            }
        });
        return option;
    }

    /// <summary>Messages of the parser itself (unknown option, missing value) in Japanese, whatever the server's language.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("ja-JP");
}
