using System.CommandLine;
using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Worker.Commands;

/// <summary>
/// A usage error goes to stderr only, in Japanese, with a did-you-mean for a misspelt option or command;
/// stdout stays empty so a script never parses help text as a result. Exit code 2.
/// </summary>
internal static class UsageErrors
{
    public static void Write(ParseResult parse, TextWriter error)
    {
        foreach (var problem in parse.Errors)
        {
            error.WriteLine(problem.Message);
        }

        var command = parse.CommandResult.Command;
        var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(command.Subcommands.Select(c => c.Name)).ToList();
        foreach (var token in parse.UnmatchedTokens.Where(t => t.StartsWith('-') || command.Subcommands.Count > 0))
        {
            if (EditDistance.Closest(token, known) is { } likely)
            {
                error.WriteLine($"「{token}」は「{likely}」の誤りではありませんか。");
            }
        }

        var path = command is RootCommand ? string.Empty : command.Name + " ";
        error.WriteLine($"使い方は「{path}--help」で表示します。");
    }
}
