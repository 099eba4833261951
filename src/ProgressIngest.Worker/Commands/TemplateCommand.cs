using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;

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

        var known = KnownValues(catalogue, options, error);
        AtomicFile.Write(outPath, s => TemplateWriter.Write(catalogue, division, options.Year, s, known));
        output.WriteLine($"{division.Name}（{division.Code}）用のテンプレートを作成しました: {Path.GetFullPath(outPath)}");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The published history the 「前年度の値（参考）」 column shows: with --root, earlier cycles' accepted values
    /// from the ledger besides the baseline (so the R8 template shows R7's figures); otherwise the baseline.
    /// </summary>
    private static IReadOnlyList<HistoryValue> KnownValues(Catalogue catalogue, IngestOptions options, TextWriter error)
    {
        var ledgerPath = string.IsNullOrWhiteSpace(options.Root) ? null : new RootLayout(options.Root).LedgerPath;
        if (ledgerPath is null || !File.Exists(ledgerPath))
        {
            return PreviousYearValues.FromBaseline(catalogue.Baseline);
        }

        try
        {
            using var ledger = SubmissionLedger.Open(ledgerPath);
            var published = PublishedValues.FromCatalogue(catalogue, EarlierCycles.Values(catalogue, ledger.ProcessedBefore(options.Year)));
            return [.. published.All.Select(p => new HistoryValue(p.IndicatorId, p.FiscalYear, p.Segment, p.Value, null, p.Source))];
        }
        catch (LedgerUnusableException ex)
        {
            error.WriteLine($"台帳を読めないため、前年度の値は報告書の基準値だけを表示します: {ex.Message}");
            return PreviousYearValues.FromBaseline(catalogue.Baseline);
        }
    }
}
