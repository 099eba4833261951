using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Validation;

/// <summary>取り組み進捗 as a whole: no measure twice, every assigned measure present.</summary>
internal static class MeasureSheetChecks
{
    public static IEnumerable<Finding> Check(Submission submission, SubmissionContext context)
    {
        var seen = new Dictionary<string, MeasureEntry>(StringComparer.Ordinal);
        foreach (var entry in submission.Measures.Where(m => m.Id.Length > 0))
        {
            if (seen.TryGetValue(entry.Id, out var first))
            {
                yield return Finding.At(
                    entry.IdField.At!.Value,
                    RuleIds.MeasureDuplicate,
                    MeasureColumns.Id.Label,
                    entry.IdField.Typed,
                    $"取り組み「{entry.Id}」が{first.Row}行目と{entry.Row}行目の2回報告されています。",
                    "1つの取り組みは1行にまとめ、重複した行を削除してください。");
            }
            else
            {
                seen[entry.Id] = entry;
            }
        }

        var measuresSheetPresent = !submission.ReadFindings.Any(f => f.Sheet == SheetNames.Measures && f.RuleId is RuleIds.SheetMissing or RuleIds.HeaderMissing);
        if (!measuresSheetPresent)
        {
            yield break;
        }

        var sheet = submission.Measures.FirstOrDefault()?.Sheet ?? SheetNames.Measures;
        foreach (var id in context.Division.Measures.Where(id => !seen.ContainsKey(id)))
        {
            var measure = context.Catalogue.FindMeasure(id)!;
            yield return Finding.ForSheet(
                sheet,
                RuleIds.MeasureNotReported,
                $"担当の取り組み「{id} {measure.Title}」の行がありません。",
                $"取り組みID「{id}」の行を追加して進捗を入力してください（テンプレートには最初から行があります）。");
        }
    }
}
