namespace ProgressIngest.Worker.Commands;

/// <summary>
/// A parsed and validated command line, as the commands and the host use it: the command, its positional
/// arguments and its options by their long names. Built by <see cref="CliDefinition"/> from System.CommandLine's parse result.
/// </summary>
internal sealed record CommandLine(string Command, IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>Parses a valid command line (see <see cref="CliDefinition.Parse"/>).</summary>
    public static CommandLine Parse(IReadOnlyList<string> args) => CliDefinition.Parse(args);

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => Option(name) is "true";

    /// <summary>Configuration keys for the host: --root DIR becomes ProgressIngest:Root, --SettleSeconds 5 ProgressIngest:SettleSeconds.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AsConfiguration()
    {
        foreach (var (key, value) in Options)
        {
            var mapped = key.TrimStart('-') switch
            {
                "root" => "Root",
                "year" => "ReportingYear",
                "schemas" => "SchemasDirectory",
                "seeds" => "SeedsDirectory",
                var name when CliDefinition.Settings.Any(s => s.Name == name) => name,
                _ => null,
            };
            if (mapped is not null)
            {
                var mappedValue = mapped == "ReportingYear" ? Core.Model.FiscalYear.Parse(value)?.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? value : value;
                yield return new KeyValuePair<string, string?>($"{IngestOptions.Section}:{mapped}", mappedValue);
            }
        }
    }
}
