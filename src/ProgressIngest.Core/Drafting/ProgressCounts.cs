using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Merging;

namespace ProgressIngest.Core.Drafting;

/// <summary>進捗集計: how many (measure, division) places stand at each 進捗区分, per pillar, sub-pillar and division.</summary>
public static class ProgressCounts
{
    public const string Total = "全体";

    /// <summary>The columns counted: the statuses a division can choose, then why a place has none.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [.. Vocabulary.Statuses, Gap.NotReported.Japanese(), Gap.NotSubmitted.Japanese(), Gap.Returned.Japanese()];

    public static IReadOnlyList<ProgressCount> Build(MasterModel model)
    {
        var rows = new List<ProgressCount> { Count("全体", Total, model.Progress) };
        rows.AddRange(model.Progress.GroupBy(p => p.Pillar).Select(g => Count("柱", g.Key, g)));
        rows.AddRange(model.Progress.GroupBy(p => (p.Pillar, p.SubPillar)).Select(g => Count("分野", $"{g.Key.Pillar} ／ {g.Key.SubPillar}", g)));
        var byDivision = model.Progress.ToLookup(p => p.Division, StringComparer.Ordinal);
        var known = model.Status.Select(s => DivisionLabel.Of(s.DivisionName, s.Division)).ToList();
        rows.AddRange(known.Concat(byDivision.Select(g => g.Key).Except(known, StringComparer.Ordinal))
            .Where(byDivision.Contains)
            .Select(label => Count("所属", label, byDivision[label])));
        return rows;
    }

    private static ProgressCount Count(string level, string name, IEnumerable<ProgressRow> rows)
    {
        var counts = new int[Columns.Count];
        var other = 0;
        foreach (var row in rows)
        {
            var status = row.Gap is { } gap ? gap.Japanese() : row.Status.Length == 0 ? Vocabulary.NotStarted : row.Status;
            var index = IndexOf(status);
            if (index < 0)
            {
                other++;
            }
            else
            {
                counts[index]++;
            }
        }

        return new ProgressCount(level, name, counts) { Other = other };
    }

    private static int IndexOf(string status)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == status)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <param name="Level">全体, 柱, 分野 or 所属.</param>
/// <param name="Counts">Aligned with <see cref="ProgressCounts.Columns"/>.</param>
public sealed record ProgressCount(string Level, string Name, IReadOnlyList<int> Counts)
{
    /// <summary>Places with a status outside the list (none once validated; counted so the total adds up).</summary>
    public int Other { get; init; }

    public int Total => Counts.Sum() + Other;
}
