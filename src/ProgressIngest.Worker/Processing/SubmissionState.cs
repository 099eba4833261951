using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// The processed submissions of the reporting year, loaded from the ledger once and kept current
/// as files are processed, so a burst of N files does not reload the ledger N times.
/// </summary>
internal sealed class SubmissionState
{
    private readonly List<SubmissionRecord> _records;
    private readonly Dictionary<string, SubmissionRecord> _inForce = new(StringComparer.Ordinal);
    private IndicatorHistory? _history;
    private Catalogue? _historyCatalogue;

    public SubmissionState(IEnumerable<SubmissionRecord> records, PublishedValues published)
    {
        Published = published;
        _records = [.. records.OrderBy(r => r.Id)];
        foreach (var record in _records)
        {
            Track(record);
        }
    }

    public IReadOnlyList<SubmissionRecord> All => _records;

    /// <summary>The baseline and the values closed by earlier reporting cycles.</summary>
    public PublishedValues Published { get; }

    public SubmissionRecord? InForce(string division) => _inForce.GetValueOrDefault(division);

    public void Add(SubmissionRecord record)
    {
        _records.Add(record);
        Track(record);
    }

    /// <summary>
    /// The baseline plus every division's in-force values. Built once and then updated as submissions
    /// are accepted: rebuilding it for every file made a run over N files O(N²).
    /// </summary>
    public IndicatorHistory History(Catalogue catalogue)
    {
        if (_history is null || !ReferenceEquals(_historyCatalogue, catalogue))
        {
            _history = IndicatorHistory.FromPublished(Published, _inForce.Values.SelectMany(ValuesOf));
            _historyCatalogue = catalogue;
        }

        return _history;
    }

    private static IEnumerable<HistoryValue> ValuesOf(SubmissionRecord r)
        => r.Data!.Indicators.Where(v => v.Value is not null)
            .Select(v => new HistoryValue(v.IndicatorId, v.FiscalYear, v.Segment, v.Value!.Value, r.Division, r.SourceLabel));

    private void Track(SubmissionRecord record)
    {
        if (record.Outcome.IsAccepted() && record.Data is not null)
        {
            _inForce[record.Division] = record;
            _history?.ReplaceDivision(record.Division, ValuesOf(record));
        }
    }
}
