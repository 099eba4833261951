using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Core.Drafting;

/// <summary>An indicator's segment rows of 指標サマリ, read by year and segment, with what a sentence needs to cite them.</summary>
public sealed class IndicatorSeries
{
    private readonly IndicatorSummary _summary;

    public IndicatorSeries(Indicator indicator, IndicatorSummary summary)
    {
        Indicator = indicator;
        _summary = summary;
        Segments = [.. summary.Rows.Where(r => !r.Derived).Select(r => r.Label)];
    }

    public Indicator Indicator { get; }

    public IReadOnlyList<FiscalYear> Years => _summary.Years;

    public IReadOnlyList<string> Segments { get; }

    public FiscalYear Latest => Years[^1];

    public bool Has(string segment) => Segments.Contains(segment, StringComparer.Ordinal);

    public decimal? Value(string segment, FiscalYear year) => Row(segment) is { } row && Index(year) is var i and >= 0 ? row.Values[i] : null;

    /// <summary>Why there is no value: 未提出, 未確定 …; null when there is one.</summary>
    public Gap? GapOf(string segment, FiscalYear year)
        => Value(segment, year) is not null ? null
            : Row(segment) is { } row && Index(year) is var i and >= 0 ? row.GapAt(i) ?? Gap.NotReported : Gap.NotReported;

    public string Source(string segment, FiscalYear year)
        => Row(segment) is { } row && Index(year) is var i and >= 0 ? row.SourceAt(i) ?? string.Empty : string.Empty;

    /// <summary>The first of <paramref name="years"/> without a value in the segment; null when every one has a value.</summary>
    public FiscalYear? FirstWithout(string segment, IEnumerable<FiscalYear> years)
        => years.Where(y => Value(segment, y) is null).Select(y => (FiscalYear?)y).FirstOrDefault();

    /// <summary>「194.5時間」.</summary>
    public string Text(decimal value) => ValueText.Of(value, Indicator);

    /// <summary>「194.5」.</summary>
    public string Number(decimal value) => ValueText.Number(value, Indicator);

    /// <summary>A footnote line: 「令和６年度 本庁等 194.5時間: 出典」.</summary>
    public string Cite(string segment, FiscalYear year)
        => Value(segment, year) is { } v
            ? $"{ReportText.Year(year)} {segment} {Text(v)}: {Source(segment, year)}"
            : $"{ReportText.Year(year)} {segment} {GapOf(segment, year)!.Value.Japanese()}: {Source(segment, year)}".TrimEnd(' ', ':');

    /// <summary>「令和７年度の本庁等の値が未提出のため、{topic}は【要確認】。」: what a sentence says instead of inventing a value.</summary>
    public Observation Unknown(ObservationKind kind, string segment, FiscalYear year, string topic, string prefix = "")
        => new(kind, $"{prefix}{ReportText.Year(year)}の{segment}の値が{GapOf(segment, year)!.Value.Japanese()}のため、{topic}は{SentenceRules.NeedsCheck}。", [Cite(segment, year)]);

    private SummaryRow? Row(string segment) => _summary.Rows.FirstOrDefault(r => !r.Derived && r.Label == segment);

    private int Index(FiscalYear year)
    {
        for (var i = 0; i < Years.Count; i++)
        {
            if (Years[i] == year)
            {
                return i;
            }
        }

        return -1;
    }
}
