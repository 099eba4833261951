namespace ProgressIngest.Worker.Commands;

/// <summary>The parsed command line: a command, its positional arguments and its --options.</summary>
internal sealed record CommandLine(string Command, IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Options)
{
    private static readonly HashSet<string> Flags = new(["--quiet", "--feedback", "--verbose"], StringComparer.OrdinalIgnoreCase);

    public static CommandLine Parse(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "help";
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = command == "help" && (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    options[arg[..eq]] = arg[(eq + 1)..];
                }
                else if (Flags.Contains(arg) || i + 1 >= args.Length)
                {
                    options[arg] = "true";
                }
                else
                {
                    options[arg] = args[++i];
                }
            }
            else
            {
                positional.Add(arg);
            }
        }

        return new CommandLine(command, positional, options);
    }

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    /// <summary>Configuration keys for the host: --root DIR becomes ProgressIngest:Root.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AsConfiguration()
    {
        foreach (var (key, value) in Options)
        {
            var name = key.TrimStart('-');
            var mapped = name.ToLowerInvariant() switch
            {
                "root" => "Root",
                "year" => "ReportingYear",
                "schemas" => "SchemasDirectory",
                "seeds" => "SeedsDirectory",
                _ => name.Contains(':', StringComparison.Ordinal) ? null : name,
            };
            var mappedValue = mapped == "ReportingYear" ? Core.Normalising.FiscalYearParser.Parse(value)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? value : value;
            yield return mapped is null
                ? new KeyValuePair<string, string?>(name, value)
                : new KeyValuePair<string, string?>($"{IngestOptions.Section}:{mapped}", mappedValue);
        }
    }
}
