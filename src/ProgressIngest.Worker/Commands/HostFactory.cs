using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ProgressIngest.Worker.Watching;

namespace ProgressIngest.Worker.Commands;

/// <summary>Builds the host every command uses: appsettings.json, then environment variables, then the command line.</summary>
internal static class HostFactory
{
    /// <param name="configure">Last word on the services; tests use it to put in a <c>FakeTimeProvider</c>.</param>
    public static IHost Build(CommandLine command, bool service, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddEnvironmentVariables();
        if (!service && !command.Flag("--verbose"))
        {
            // Commands print their own progress; the log only carries warnings and errors.
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning"), new("Logging:LogLevel:ProgressIngest", "Warning")]);
        }

        builder.Configuration.AddInMemoryCollection(command.AsConfiguration());

        // Results go to stdout, every log line to stderr: a script reading `once --format json` gets only JSON.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddProgressIngest(rebuilding: command.Command == "rebuild");
        if (service)
        {
            builder.Services.AddWindowsService(o => o.ServiceName = "ProgressIngest");
            builder.Services.AddSystemd();
            builder.Services.AddHostedService<IngestWorker>();
        }

        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
