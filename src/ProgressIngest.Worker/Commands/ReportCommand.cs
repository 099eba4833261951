using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Drafting;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Commands;

/// <summary><c>report --root DIR [--year R7]</c>: the planning division's draft report from the accepted data in the ledger; processes no file.</summary>
internal static class ReportCommand
{
    public static int Run(IServiceProvider services, TextWriter output)
    {
        var catalogue = services.GetRequiredService<Catalogue>();
        var options = services.GetRequiredService<IOptions<IngestOptions>>().Value;
        var state = services.GetRequiredService<IngestPipeline>().State;
        var model = MasterBuilder.Build(catalogue, options.Year, state.All, state.Published);
        var path = DraftPublisher.Write(services.GetRequiredService<RootLayout>(), catalogue, model, services.GetRequiredService<TimeProvider>());
        output.WriteLine($"報告書の案: {path}");
        output.WriteLine($"受理済みの提出 {state.All.Count(s => s.Outcome.IsAccepted())} 件と公表済みの値から作成しました。出典は各記載・数値のコメントにあります。");
        return ExitCodes.Ok;
    }
}
