namespace ProgressIngest.Core.Schema;

/// <summary>
/// The catalogue files are broken; the service refuses to start. Carries every problem found in one run,
/// and its <see cref="Exception.Message"/> lists them all (the first <see cref="MaxListed"/>).
/// </summary>
public sealed class CatalogueException : Exception
{
    /// <summary>How many problems the message lists; the rest are counted. <see cref="Problems"/> always has them all.</summary>
    public const int MaxListed = 100;

    public CatalogueException(IReadOnlyList<CatalogueProblem> problems)
        : base(Describe(problems))
    {
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        Problems = problems;
    }

    public CatalogueException(string file, string location, string problem)
        : this([new CatalogueProblem(file, location, null, problem)])
    {
    }

    public CatalogueException()
        : this("設定ファイルに誤りがあります。")
    {
    }

    public CatalogueException(string message)
        : base(message)
    {
        Problems = [];
    }

    public CatalogueException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Every problem, in file order (measures, indicators, divisions, baseline).</summary>
    public IReadOnlyList<CatalogueProblem> Problems { get; }

    /// <summary>The first problem's file (kept for callers that name one file).</summary>
    public string File => Problems.Count > 0 ? Problems[0].File : string.Empty;

    /// <summary>The first problem's location.</summary>
    public string Entry => Problems.Count > 0 ? Problems[0].Location : string.Empty;

    /// <summary>The first problem's message.</summary>
    public string Problem => Problems.Count > 0 ? Problems[0].Message : string.Empty;

    private static string Describe(IReadOnlyList<CatalogueProblem> problems)
    {
        var lines = problems.Take(MaxListed).Select(p => $"  - {p}");
        var rest = problems.Count > MaxListed ? [$"  ほか {problems.Count - MaxListed} 件"] : Array.Empty<string>();
        return string.Join(Environment.NewLine, [$"設定ファイルの誤り {problems.Count} 件（すべて直してから起動してください）:", .. lines, .. rest]);
    }
}
