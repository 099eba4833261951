using System.CommandLine;
using System.CommandLine.Invocation;
using ProgressIngest.Worker.Reports;

namespace ProgressIngest.Worker.Commands;

/// <summary>--version prints this tool's informational version (with the commit), not that of whichever process hosts it.</summary>
internal sealed class ToolVersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine($"{ToolInfo.Name} {ToolInfo.Version}");
        return ExitCodes.Ok;
    }
}
