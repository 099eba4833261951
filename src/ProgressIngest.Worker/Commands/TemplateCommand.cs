using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Commands;

/// <summary><c>template --division CODE --out FILE</c>: a fresh workbook for a division to fill in.</summary>
internal static class TemplateCommand
{
    public static int Run(IServiceProvider services, CommandLine command, TextWriter output, TextWriter error)
    {
        var catalogue = services.GetRequiredService<Catalogue>();
        var options = services.GetRequiredService<IOptions<IngestOptions>>().Value;
        var code = command.Option("--division");
        var outPath = command.Option("--out");
        var division = code is null ? null : catalogue.FindDivision(code.Trim().ToLowerInvariant());
        if (division is null || string.IsNullOrWhiteSpace(outPath))
        {
            error.WriteLine("使い方: template --division 所属コード --out 出力ファイル.xlsx");
            error.WriteLine($"所属コード: {string.Join(", ", catalogue.Divisions.Select(d => $"{d.Code}（{d.Name}）"))}");
            return ExitCodes.Unusable;
        }

        AtomicFile.Write(outPath, s => TemplateWriter.Write(catalogue, division, options.ReportingYear, s));
        output.WriteLine($"{division.Name}（{division.Code}）用のテンプレートを作成しました: {Path.GetFullPath(outPath)}");
        return ExitCodes.Ok;
    }
}
