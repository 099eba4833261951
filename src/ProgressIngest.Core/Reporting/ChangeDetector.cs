using System.Globalization;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Reporting;

/// <summary>
/// What changed between a division's previously accepted submission and a new one, in catalogue
/// order, so the feedback can show 「前回からの変更」.
/// </summary>
public static class ChangeDetector
{
    public const string None = "（なし）";
    public const string Blank = "（空欄）";
    public const string Pending = "未確定";

    private static readonly (string Label, Func<MeasureProgress, string> Get)[] MeasureFields =
    [
        (MeasureColumns.Status.Label, m => m.Status),
        (MeasureColumns.Detail.Label, m => m.Detail),
        (MeasureColumns.Issues.Label, m => m.Issues),
        (MeasureColumns.Plan.Label, m => m.Plan),
        (MeasureColumns.Notes.Label, m => m.Notes),
    ];

    /// <returns>Empty when there is no previous submission.</returns>
    public static IReadOnlyList<ChangeRow> Compare(AcceptedData? previous, AcceptedData current, Catalogue catalogue)
    {
        if (previous is null)
        {
            return [];
        }

        return [.. Measures(previous, current, catalogue), .. Indicators(previous, current, catalogue)];
    }

    private static IEnumerable<ChangeRow> Measures(AcceptedData previous, AcceptedData current, Catalogue catalogue)
    {
        var before = ById(previous.Measures);
        var after = ById(current.Measures);
        var ids = before.Keys.Union(after.Keys)
            .OrderBy(catalogue.MeasureOrder)
            .ThenBy(id => id, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var item = catalogue.FindMeasure(id) is { } measure ? $"{id} {measure.Title}" : id;
            var old = before.GetValueOrDefault(id);
            var now = after.GetValueOrDefault(id);
            if (old is null || now is null)
            {
                // A measure that appears or disappears is shown by its status; the full text is in the submission.
                yield return new ChangeRow(
                    SheetNames.Measures,
                    item,
                    MeasureColumns.Status.Label,
                    old is null ? None : Shown(old.Status),
                    now is null ? None : Shown(now.Status));
                continue;
            }

            foreach (var (label, get) in MeasureFields)
            {
                var a = get(old);
                var b = get(now);
                if (!string.Equals(a, b, StringComparison.Ordinal))
                {
                    yield return new ChangeRow(SheetNames.Measures, item, label, Shown(a), Shown(b));
                }
            }
        }
    }

    private static IEnumerable<ChangeRow> Indicators(AcceptedData previous, AcceptedData current, Catalogue catalogue)
    {
        var before = ByKey(previous.Indicators);
        var after = ByKey(current.Indicators);
        var keys = before.Keys.Union(after.Keys)
            .OrderBy(k => catalogue.IndicatorOrder(k.Id))
            .ThenBy(k => k.Id, StringComparer.Ordinal)
            .ThenBy(k => k.Year)
            .ThenBy(k => catalogue.SegmentOrder(k.Segment))
            .ThenBy(k => k.Segment, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var indicator = catalogue.FindIndicator(key.Id);
            var hadOld = before.TryGetValue(key, out var old);
            var hasNow = after.TryGetValue(key, out var now);
            if (hadOld == hasNow && old == now)
            {
                continue;
            }

            yield return new ChangeRow(
                SheetNames.Indicators,
                indicator is null ? key.Id : $"{key.Id} {indicator.Name}",
                $"{key.Year.Japanese} {key.Segment}",
                hadOld ? Value(old, indicator) : None,
                hasNow ? Value(now, indicator) : None);
        }
    }

    private static Dictionary<string, MeasureProgress> ById(IReadOnlyList<MeasureProgress> measures)
    {
        var result = new Dictionary<string, MeasureProgress>(StringComparer.Ordinal);
        foreach (var m in measures)
        {
            result.TryAdd(m.MeasureId, m);
        }

        return result;
    }

    /// <summary>A null value is 未確定.</summary>
    private static Dictionary<(string Id, FiscalYear Year, string Segment), decimal?> ByKey(IReadOnlyList<IndicatorValue> values)
    {
        var result = new Dictionary<(string, FiscalYear, string), decimal?>();
        foreach (var v in values)
        {
            result.TryAdd((v.IndicatorId, v.FiscalYear, v.Segment), v.Value);
        }

        return result;
    }

    private static string Shown(string text) => text.Length == 0 ? Blank : text;

    private static string Value(decimal? value, Indicator? indicator)
    {
        if (value is not { } v)
        {
            return Pending;
        }

        var format = indicator is null ? "0.######" : "#,##0" + (indicator.Decimals > 0 ? "." + new string('0', indicator.Decimals) : string.Empty);
        return v.ToString(format, CultureInfo.InvariantCulture) + (indicator?.Unit ?? string.Empty);
    }
}
