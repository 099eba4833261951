using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Core.Merging;

/// <summary>
/// Once a reporting cycle is over, the values it accepted are history: the next cycle shows them like
/// the baseline and no submission can change them. Per cycle, each division's in-force submission
/// (the last accepted one by ledger order) publishes the values of the indicators it is assigned.
/// </summary>
public static class EarlierCycles
{
    public static IEnumerable<PublishedValue> Values(Catalogue catalogue, IEnumerable<(FiscalYear ReportingYear, SubmissionRecord Record)> records)
    {
        var registryOrder = catalogue.Divisions.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        foreach (var cycle in records.GroupBy(r => r.ReportingYear).OrderBy(g => g.Key))
        {
            var inForce = cycle.Select(r => r.Record)
                .Where(r => r.Outcome.IsAccepted() && r.Data is not null)
                .GroupBy(r => r.Division)
                .Select(g => g.MaxBy(r => r.Id)!)
                .OrderBy(r => registryOrder.GetValueOrDefault(r.Division, int.MaxValue));
            foreach (var record in inForce)
            {
                var division = catalogue.FindDivision(record.Division);
                if (division is null)
                {
                    continue;
                }

                var source = $"{cycle.Key.Japanese}報告（{division.Name} / {record.FileName}）";
                foreach (var v in record.Data!.Indicators.Where(v => v.Value is not null && division.Indicators.Contains(v.IndicatorId)))
                {
                    yield return new PublishedValue(v.IndicatorId, v.FiscalYear, v.Segment, v.Value!.Value, source, v.Cell ?? string.Empty);
                }
            }
        }
    }
}
