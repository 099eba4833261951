using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Validation;

/// <summary>指標 as a whole: duplicates, missing assigned indicators, and the relations between values.</summary>
internal static class IndicatorSheetChecks
{
    public static IEnumerable<Finding> Check(Submission submission, SubmissionContext context)
    {
        var catalogue = context.Catalogue;
        var division = context.Division.Code;
        var values = new Dictionary<(string Id, FiscalYear Year, string Segment), IndicatorEntry>();
        var pending = new HashSet<(string Id, FiscalYear Year, string Segment)>();
        var findings = new List<Finding>();

        foreach (var entry in submission.Indicators.Where(e => e.IndicatorId is not null && e.FiscalYear is not null && e.Segment.Length > 0))
        {
            var key = (entry.IndicatorId!, entry.FiscalYear!.Value, entry.Segment);
            if (values.TryGetValue(key, out var first))
            {
                findings.Add(Finding.At(
                    entry.IdField.At!.Value,
                    RuleIds.IndicatorDuplicate,
                    IndicatorColumns.Id.Label,
                    entry.IdField.Typed,
                    $"同じ指標・年度・区分（{key.Item1}、{key.Item2.Japanese}、{key.Segment}）が{first.Row}行目と{entry.Row}行目にあります。",
                    "どちらか正しい方の行だけを残してください。"));
            }
            else if (context.IsAssignedIndicator(key.Item1) && catalogue.FindIndicator(key.Item1)!.AllowsSegment(entry.Segment))
            {
                if (entry.Value.Status == ParseStatus.Ok)
                {
                    values[key] = entry;
                }
                else if (entry.Value.Status == ParseStatus.Pending)
                {
                    pending.Add(key);
                }
            }
        }

        decimal? ValueOf(string id, FiscalYear year, string segment)
            => values.TryGetValue((id, year, segment), out var e) ? e.Value.Value : context.History.Value(id, year, segment, division);

        // A published value repeated as published is history, not a new figure: nothing to compare.
        // A ratio typed for a percentage is already an error at its cell; comparing it would only add noise.
        foreach (var ((id, year, segment), entry) in values.Where(v => context.Published.Find(v.Key.Id, v.Key.Year, v.Key.Segment) is null
                     && !ScaleCheck.LooksLikeRatio(catalogue.FindIndicator(v.Key.Id)!, v.Value.Value.Value, context.Published)))
        {
            var indicator = catalogue.FindIndicator(id)!;
            var rules = indicator.Rules;
            var value = entry.Value.Value;
            var label = $"{indicator.ShortName}（{year.Japanese}・{segment}）";

            if (rules.TotalBetween is { } tb && segment == tb.Total)
            {
                var components = tb.Components.Select(c => ValueOf(id, year, c)).ToList();
                if (components.All(c => c is not null))
                {
                    var low = components.Min()!.Value;
                    var high = components.Max()!.Value;
                    if (value < low || value > high)
                    {
                        findings.Add(At(entry, RuleIds.TotalNotBetween,
                            $"{label} {value} が、{string.Join("・", tb.Components)}の値（{low}〜{high}）の間にありません。{tb.Total}は各区分の加重平均のため、その間に入るはずです。",
                            $"{tb.Total}と{string.Join("・", tb.Components)}の値を見直してください。"));
                    }
                }
            }

            if (rules.PartOf is { } wholeId && ValueOf(wholeId, year, segment) is { } whole && value > whole)
            {
                var wholeName = catalogue.FindIndicator(wholeId)!.ShortName;
                findings.Add(At(entry, RuleIds.PartExceedsWhole,
                    $"{label} {value} が、全体である「{wholeName}」の {whole} を超えています。",
                    $"「{indicator.ShortName}」は「{wholeName}」の内数です。どちらかの値を見直してください。"));
            }

            if (rules.YearOverYear is { } yoy)
            {
                var previous = year > FiscalYear.MinValue && values.TryGetValue((id, year.Previous(), segment), out var p)
                    ? new HistoryValue(id, year.Previous(), segment, p.Value.Value, division, "この提出")
                    : context.History.Previous(id, year, segment, division);
                if (previous is not null && ExceedsChange(yoy, previous.Value, value))
                {
                    findings.Add(At(entry, RuleIds.YearOverYear,
                        $"{label} {ValueText.Of(value, indicator)} は前年度の {ValueText.Of(previous.Value, indicator)}（{previous.Source}）から {ValueText.Change(value - previous.Value, indicator)} 変化しており、大きな変化です。",
                        "値に誤りがないか確認してください。誤りでなければ、理由を備考に書いてください（備考があれば説明済みになります）。"));
                }
            }

            foreach (var other in context.History.Others(id, year, segment, division).Where(o => o.Value != value))
            {
                findings.Add(At(entry, RuleIds.ValueConflict,
                    $"{label} {value} が、既に受け付けた値 {other.Value}（{other.Source}）と異なります。",
                    "どちらの値が正しいか確認してください。修正した値であれば、理由を備考に書いてください。"));
            }
        }

        if (!submission.ReadFindings.Any(f => f.Sheet == SheetNames.Indicators && f.RuleId is RuleIds.SheetMissing or RuleIds.HeaderMissing))
        {
            findings.AddRange(Missing(submission, context, [.. values.Keys, .. pending]));
        }

        return findings;
    }

    private static IEnumerable<Finding> Missing(Submission submission, SubmissionContext context, HashSet<(string Id, FiscalYear Year, string Segment)> reported)
    {
        var sheet = submission.Indicators.FirstOrDefault()?.Sheet ?? SheetNames.Indicators;
        foreach (var id in context.Division.Indicators)
        {
            var indicator = context.Catalogue.FindIndicator(id)!;
            var year = context.ReportingYear.AddYears(-indicator.Rules.LagYears);
            if (context.Published.IsClosed(id, year))
            {
                continue;
            }

            var missing = indicator.Segments.Where(s => !reported.Contains((id, year, s))).ToList();

            // A row that is there but unreadable or empty — its value, or its year — already has its own error at its cell.
            var attempted = submission.Indicators
                .Where(e => e.IndicatorId == id
                            && ((e.FiscalYear == year && e.Value.Status is ParseStatus.Missing or ParseStatus.Invalid) || e.FiscalYear is null))
                .Select(e => e.Segment)
                .ToHashSet(StringComparer.Ordinal);
            missing.RemoveAll(attempted.Contains);
            if (missing.Count == 0)
            {
                continue;
            }

            var yearText = year.Japanese;
            yield return Finding.ForSheet(
                sheet,
                RuleIds.IndicatorNotReported,
                $"担当の指標「{id} {indicator.ShortName}」の{yearText}の値がありません（区分: {string.Join("、", missing)}）。",
                $"指標ID「{id}」、年度「{yearText}」の行を区分ごとに1行ずつ入力してください。まだ値が分からない区分は、値に「未確定」と入力し、備考に確定の見込み時期を書いてください。");
        }
    }

    private static bool ExceedsChange(YearOverYearRule rule, decimal previous, decimal current)
    {
        var change = Math.Abs(current - previous);
        return (rule.MaxAbsoluteChange is { } abs && change > abs)
            || (rule.MaxRelativeChange is { } rel && previous != 0 && change / Math.Abs(previous) > rel);
    }

    private static Finding At(IndicatorEntry entry, string ruleId, string message, string fix)
        => Finding.At(entry.ValueField.At ?? entry.IdField.At!.Value, ruleId, IndicatorColumns.Value.Label, entry.ValueField.Typed, message, fix);
}
