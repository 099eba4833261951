using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Core.Merging;

/// <summary>
/// Rebuilds the report's section 3 tables from the master's 指標 rows: per indicator a year × segment
/// table, then the differences the report quotes (本庁等 − 区役所, change from the previous year).
/// A cell without a value carries the reason (未提出, 未確定 …); a difference is only computed from two values.
/// </summary>
public static class SummaryBuilder
{
    public const string Headquarters = "本庁等";
    public const string Wards = "区役所";

    /// <param name="rows">The 指標 rows: published history, accepted values, and the gaps of assigned places.</param>
    public static IReadOnlyList<IndicatorSummary> Build(Catalogue catalogue, IReadOnlyList<IndicatorRow> rows)
    {
        // Published history first; a division's value never replaces it (the checker refuses that anyway).
        var cells = new Dictionary<(string Id, FiscalYear Year, string Segment), (decimal? Value, Gap? Gap)>();
        var sources = new Dictionary<(string Id, FiscalYear Year, string Segment), string>();
        foreach (var row in rows.OrderBy(r => r.IsPublished ? 0 : 1))
        {
            var key = (row.IndicatorId, row.FiscalYear, row.Segment);
            if (!cells.TryGetValue(key, out var existing) || (existing.Value is null && row.Value is not null))
            {
                cells[key] = (row.Value, row.Value is null ? row.Gap ?? Gap.NotReported : null);
                sources[key] = row.Division.Length == 0 ? row.Source : $"{row.Division} {row.Source}";
            }
        }

        var result = new List<IndicatorSummary>();
        foreach (var indicator in catalogue.Indicators)
        {
            var years = cells.Keys.Where(k => k.Id == indicator.Id).Select(k => k.Year).Distinct().Order().ToList();
            if (years.Count == 0)
            {
                continue;
            }

            (decimal? Value, Gap? Gap) At(string segment, FiscalYear year)
                => cells.TryGetValue((indicator.Id, year, segment), out var c) ? c : (null, year >= indicator.FirstYear ? Gap.NotReported : null);

            var segments = indicator.Segments.Where(s => years.Any(y => cells.ContainsKey((indicator.Id, y, s)))).ToList();
            var table = segments.Select(s => Row(s, false, years.Select(y => At(s, y))) with
            {
                Sources = [.. years.Select(y => sources.GetValueOrDefault((indicator.Id, y, s)))],
            }).ToList();

            if (segments.Contains(Headquarters) && segments.Contains(Wards))
            {
                table.Add(Row($"差（{Headquarters}−{Wards}）", true, years.Select(y => Difference(At(Headquarters, y), At(Wards, y)))));
            }

            foreach (var segment in segments)
            {
                table.Add(Row($"前年度からの増減（{segment}）", true, years.Select(y => y > FiscalYear.MinValue && years.Contains(y.Previous()) ? Difference(At(segment, y), At(segment, y.Previous())) : (null, null))));
            }

            result.Add(new IndicatorSummary(indicator.Id, indicator.Name, indicator.Unit, indicator.Decimals, years, table) { ChangeUnit = ValueText.ChangeUnit(indicator), Type = indicator.Type });
        }

        return result;
    }

    private static SummaryRow Row(string label, bool derived, IEnumerable<(decimal? Value, Gap? Gap)> cells)
    {
        var list = cells.ToList();
        return new SummaryRow(label, derived, [.. list.Select(c => c.Value)]) { Gaps = [.. list.Select(c => c.Value is null ? c.Gap : null)] };
    }

    /// <summary>A difference needs both values; otherwise it carries the first missing one's reason.</summary>
    private static (decimal? Value, Gap? Gap) Difference((decimal? Value, Gap? Gap) a, (decimal? Value, Gap? Gap) b)
        => a.Value is { } x && b.Value is { } y ? (x - y, null) : (null, a.Value is null ? a.Gap : b.Gap);
}
