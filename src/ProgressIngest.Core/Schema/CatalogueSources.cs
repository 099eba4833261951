namespace ProgressIngest.Core.Schema;

/// <summary>The text of the four catalogue files, with the names to use in error messages.</summary>
public sealed record CatalogueSources(
    NamedText Measures,
    NamedText Indicators,
    NamedText Divisions,
    NamedText Baseline);

/// <summary>A file's display name (e.g. <c>schemas/measures.json</c>) and its content.</summary>
public sealed record NamedText(string Name, string Text);
