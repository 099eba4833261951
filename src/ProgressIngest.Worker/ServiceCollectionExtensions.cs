using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Worker.Processing;
using ProgressIngest.Worker.Watching;

namespace ProgressIngest.Worker;

internal static class ServiceCollectionExtensions
{
    /// <param name="rebuilding">
    /// For <c>rebuild</c>: the ledger is opened as it is (a new one), without refusing an empty ledger beside a full archive.
    /// </param>
    public static IServiceCollection AddProgressIngest(this IServiceCollection services, bool rebuilding = false)
    {
        services.AddOptionsWithValidateOnStart<IngestOptions>()
            .BindConfiguration(IngestOptions.Section)
            .ValidateDataAnnotations();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<IngestOptions>>().Value;
            return CatalogueFiles.Load(options.SchemasDirectory, options.SeedsDirectory);
        });
        services.AddSingleton(sp => new RootLayout(sp.GetRequiredService<IOptions<IngestOptions>>().Value.Root));
        services.AddSingleton(sp => rebuilding
            ? SubmissionLedger.Open(sp.GetRequiredService<RootLayout>().LedgerPath)
            : LedgerGate.Open(sp.GetRequiredService<RootLayout>()));
        services.AddSingleton<ServiceFault>();
        services.AddSingleton(sp => new IngestPipeline(
            sp.GetRequiredService<RootLayout>(),
            sp.GetRequiredService<Catalogue>(),
            sp.GetRequiredService<IOptions<IngestOptions>>().Value,
            sp.GetRequiredService<SubmissionLedger>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("ProgressIngest.Processing")));
        services.AddSingleton(sp => new MasterPublisher(
            sp.GetRequiredService<RootLayout>(),
            sp.GetRequiredService<Catalogue>(),
            sp.GetRequiredService<IOptions<IngestOptions>>().Value,
            sp.GetRequiredService<SubmissionLedger>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("ProgressIngest.Master")));
        services.AddSingleton<IngestRun>();
        return services;
    }
}
