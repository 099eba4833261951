using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Core.Drafting;

/// <summary>督促リスト: divisions to chase — nothing submitted, or the latest submission returned — with who to call and what is missing.</summary>
public static class ReminderList
{
    public static IReadOnlyList<ReminderRow> Build(MasterModel model)
    {
        var rows = new List<ReminderRow>();
        var returned = new[] { Outcome.Returned.Japanese(), Outcome.Unreadable.Japanese() };
        foreach (var status in model.Status)
        {
            var notSubmitted = status.LatestFile is null;
            if (!notSubmitted && !returned.Contains(status.Outcome))
            {
                continue;
            }

            var label = DivisionLabel.Of(status.DivisionName, status.Division);
            var measures = model.Progress.Where(p => p.Division == label && p.Gap is not null).Select(p => p.MeasureId).ToList();
            var indicators = model.Indicators
                .Where(i => i.Division == label && i.Gap is Gap.NotSubmitted or Gap.Returned or Gap.NotReported)
                .Select(i => $"{i.IndicatorId} {i.FiscalYear.Japanese} {i.Segment}")
                .ToList();
            var missing = new List<string>();
            if (!notSubmitted)
            {
                missing.Add($"差戻しの修正（エラー {status.Errors}件）");
            }

            if (measures.Count > 0)
            {
                missing.Add($"取り組み {measures.Count}件（{string.Join("、", measures)}）");
            }

            if (indicators.Count > 0)
            {
                missing.Add($"指標 {indicators.Count}件（{string.Join("、", indicators)}）");
            }

            rows.Add(new ReminderRow(
                status.Division,
                status.DivisionName,
                notSubmitted ? Gap.NotSubmitted.Japanese() : Gap.Returned.Japanese(),
                status.LatestFile,
                status.ReceivedAt,
                status.Outcome,
                status.Person,
                status.Contact,
                string.Join("／", missing)));
        }

        return rows;
    }
}

/// <param name="State">未提出 or 差戻し中.</param>
/// <param name="Missing">What the division still owes: 「取り組み 12件（1-1-01、…）／指標 3件（…）」.</param>
public sealed record ReminderRow(
    string Division,
    string DivisionName,
    string State,
    string? LatestFile,
    DateTimeOffset? ReceivedAt,
    string? Outcome,
    string Person,
    string Contact,
    string Missing);
