using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Merging;

/// <summary>
/// Rebuilds the report's section 3 tables from the values in force: per indicator a year × segment
/// table, then the differences the report quotes (本庁等 − 区役所, change from the previous year).
/// </summary>
public static class SummaryBuilder
{
    public const string Headquarters = "本庁等";
    public const string Wards = "区役所";

    /// <param name="rows">The 指標 rows, ordered so that a later row for the same key supersedes an earlier one (baseline first).</param>
    public static IReadOnlyList<IndicatorSummary> Build(Catalogue catalogue, IReadOnlyList<IndicatorRow> rows)
    {
        var effective = new Dictionary<(string Id, int Year, string Segment), decimal>();
        foreach (var row in rows)
        {
            effective[(row.IndicatorId, row.FiscalYear, row.Segment)] = row.Value;
        }

        var result = new List<IndicatorSummary>();
        foreach (var indicator in catalogue.Indicators)
        {
            var years = effective.Keys.Where(k => k.Id == indicator.Id).Select(k => k.Year).Distinct().Order().ToList();
            if (years.Count == 0)
            {
                continue;
            }

            decimal? At(string segment, int year) => effective.TryGetValue((indicator.Id, year, segment), out var v) ? v : null;

            var segments = indicator.Segments.Where(s => years.Any(y => At(s, y) is not null)).ToList();
            var table = segments.Select(s => new SummaryRow(s, false, years.Select(y => At(s, y)).ToList())).ToList();

            if (segments.Contains(Headquarters) && segments.Contains(Wards))
            {
                table.Add(new SummaryRow($"差（{Headquarters}−{Wards}）", true, years.Select(y => At(Headquarters, y) - At(Wards, y)).ToList()));
            }

            foreach (var segment in segments)
            {
                table.Add(new SummaryRow($"前年度からの増減（{segment}）", true, years.Select(y => At(segment, y) - At(segment, y - 1)).ToList()));
            }

            result.Add(new IndicatorSummary(indicator.Id, indicator.Name, indicator.Unit, indicator.Decimals, years, table));
        }

        return result;
    }
}
