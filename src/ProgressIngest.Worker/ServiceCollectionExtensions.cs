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
    public static IServiceCollection AddProgressIngest(this IServiceCollection services)
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
        services.AddSingleton(sp => new SubmissionLedger(sp.GetRequiredService<RootLayout>().LedgerPath));
        services.AddSingleton(sp => new IngestProcessor(
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
