using System.Globalization;

namespace ProgressIngest.Core.Schema;

/// <summary>
/// Collects the problems of one load. The schemas are the authority on shape: the loader's own shape
/// gaps (a property it needs is missing or unusable) are only reported for a file the schema check passed,
/// which happens without a validator or if a schema and the loader ever drift apart again.
/// </summary>
internal sealed class CatalogueProblems
{
    private readonly List<CatalogueProblem> _problems = [];
    private readonly List<CatalogueProblem> _shapeGaps = [];
    private readonly HashSet<string> _filesWithFormatProblems = new(StringComparer.Ordinal);

    public void Add(Site site, string message) => _problems.Add(site.Problem(message));

    public void AddUnreadable(CatalogueProblem problem) => _problems.Add(problem);

    public void AddFormat(IReadOnlyList<CatalogueProblem> problems)
    {
        _problems.AddRange(problems);
        _filesWithFormatProblems.UnionWith(problems.Select(p => p.File));
    }

    /// <summary>A property the model needs is missing; returns <paramref name="value"/> so callers can carry on.</summary>
    public T? Need<T>(T? value, Site site, string property)
        where T : class
    {
        if (value is null || value is string { Length: 0 })
        {
            _shapeGaps.Add(site.At(property).Problem($"\"{property}\" がありません。"));
        }

        return value;
    }

    public T? Need<T>(T? value, Site site, string property)
        where T : struct
    {
        if (value is null)
        {
            _shapeGaps.Add(site.At(property).Problem($"\"{property}\" がありません。"));
        }

        return value;
    }

    public void AddShapeGap(Site site, string message) => _shapeGaps.Add(site.Problem(message));

    /// <summary>Throws one <see cref="CatalogueException"/> with every problem, by file (as <paramref name="fileOrder"/> lists them) then as the file runs.</summary>
    public void ThrowIfAny(IReadOnlyList<string> fileOrder)
    {
        var order = fileOrder.ToList();
        var all = _problems.Concat(_shapeGaps.Where(g => !_filesWithFormatProblems.Contains(g.File)))
            .OrderBy(p => order.IndexOf(p.File))
            .ThenBy(p => SortKey(p.Location), StringComparer.Ordinal)
            .ToList();
        if (all.Count > 0)
        {
            throw new CatalogueException(all);
        }
    }

    /// <summary>Orders pointers as the file runs: /divisions/2 before /divisions/10.</summary>
    private static string SortKey(string location)
        => string.Join("/", location.Split('/').Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i.ToString("D6", CultureInfo.InvariantCulture) : s));
}

/// <summary>Where in a catalogue file a check looks: file, JSON pointer and the entry's id or code.</summary>
internal readonly record struct Site(string File, string Pointer, string? Entry)
{
    public static Site Root(string file) => new(file, string.Empty, null);

    public Site At(string property) => this with { Pointer = $"{Pointer}/{property}" };

    public Site At(int index) => this with { Pointer = $"{Pointer}/{index}" };

    public Site Item(string list, int index, string? entry) => new(File, $"{Pointer}/{list}/{index}", entry);

    public CatalogueProblem Problem(string message) => new(File, Pointer, Entry, message);
}
