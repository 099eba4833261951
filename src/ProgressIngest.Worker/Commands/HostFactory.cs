using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ProgressIngest.Worker.Watching;

namespace ProgressIngest.Worker.Commands;

/// <summary>Builds the host every command uses: appsettings.json, then environment variables, then the command line.</summary>
internal static class HostFactory
{
    public static IHost Build(CommandLine command, bool service)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddEnvironmentVariables();
        if (!service && command.Option("--verbose") is null)
        {
            // Commands print their own progress; the log only carries warnings and errors.
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning"), new("Logging:LogLevel:ProgressIngest", "Warning")]);
        }

        builder.Configuration.AddInMemoryCollection(command.AsConfiguration());
        builder.Services.AddProgressIngest();
        if (service)
        {
            builder.Services.AddWindowsService(o => o.ServiceName = "ProgressIngest");
            builder.Services.AddSystemd();
            builder.Services.AddHostedService<IngestWorker>();
        }

        return builder.Build();
    }
}
