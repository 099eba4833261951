using System.Reflection;

namespace ProgressIngest.Worker.Reports;

/// <summary>The tool's name and informational version (with the commit it was built from).</summary>
internal static class ToolInfo
{
    public const string Name = "ProgressIngest";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
