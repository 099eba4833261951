using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Merging;

/// <summary>
/// Builds the master as a pure function of the catalogue (with its baseline) and the ledger's
/// submissions: same inputs, same content, same order.
/// </summary>
public static class MasterBuilder
{
    public const string BaselineSource = "令和6年度報告（基準値）";

    /// <summary>提出状況 of a division that has submissions but is no longer in the registry.</summary>
    public const string Unregistered = "登録外";

    /// <param name="submissions">Every processed submission; order does not matter (the ledger id is the order, never the receipt time).</param>
    public static MasterModel Build(Catalogue catalogue, int reportingYear, IEnumerable<SubmissionRecord> submissions)
    {
        var all = submissions.OrderBy(s => s.Id).ToList();
        var latest = all.GroupBy(s => s.Division).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var inForce = all.Where(s => s.Outcome.IsAccepted() && s.Data is not null)
            .GroupBy(s => s.Division)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var divisionOrder = catalogue.Divisions.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        int OrderOf(string division) => divisionOrder.TryGetValue(division, out var i) ? i : int.MaxValue;

        var status = catalogue.Divisions.Select(d => StatusOf(d.Code, d.Name, latest.GetValueOrDefault(d.Code), inForce.GetValueOrDefault(d.Code))).ToList();
        var unregistered = latest.Keys.Where(code => catalogue.FindDivision(code) is null).Order(StringComparer.Ordinal).ToList();
        status.AddRange(unregistered.Select(code => StatusOf(code, code, latest[code], inForce.GetValueOrDefault(code)) with { State = Unregistered }));
        var progress = Progress(catalogue, inForce, OrderOf);
        var indicators = Indicators(catalogue, inForce.Values, OrderOf);
        var findings = latest.Values
            .OrderBy(s => OrderOf(s.Division)).ThenBy(s => s.Division, StringComparer.Ordinal)
            .SelectMany(s => s.Findings.Select(f => new OpenFindingRow(s.Division, s.FileName, f)))
            .ToList();
        findings.AddRange(unregistered.Where(inForce.ContainsKey).Select(code => new OpenFindingRow(code, inForce[code].FileName, UnregisteredFinding(code))));
        var summary = SummaryBuilder.Build(catalogue, indicators);
        return new MasterModel(reportingYear, status, progress, indicators, findings, summary);
    }

    /// <summary>For the planning division: data in force from a division the registry no longer lists.</summary>
    private static Finding UnregisteredFinding(string code) => Finding.ForFile(
        RuleIds.DivisionUnregistered,
        Severity.Warning,
        $"所属「{code}」は所属一覧（schemas/divisions.json）にありませんが、受理済みのデータがあります。集約ファイルには「{Unregistered}」として載せています。",
        "所属一覧から外したのが誤りなら divisions.json に戻してください。廃止・統合した所属なら、このデータの扱い（引き継ぎ先など）を決めてください。");

    private static StatusRow StatusOf(string code, string name, SubmissionRecord? latest, SubmissionRecord? inForce)
    {
        if (latest is null)
        {
            return new StatusRow(code, name, "未提出", null, null, null, 0, 0, null);
        }

        var inForceText = inForce is null ? "なし"
            : inForce.Id == latest.Id ? "最新の提出"
            : $"{inForce.FileName}（{inForce.ReceivedAt.ToOffset(TimeSpan.FromHours(9)):yyyy/MM/dd HH:mm}受付）";
        return new StatusRow(code, name, "提出済", latest.FileName, latest.ReceivedAt, latest.Outcome.Japanese(), latest.ErrorCount, latest.WarningCount, inForceText);
    }

    private static List<ProgressRow> Progress(Catalogue catalogue, Dictionary<string, SubmissionRecord> inForce, Func<string, int> orderOf)
    {
        var rows = new List<ProgressRow>();
        foreach (var measure in catalogue.Measures)
        {
            var group = catalogue.FindGroup(measure.GroupId);
            var pillar = group?.ParentId is { } parent ? catalogue.FindGroup(parent)?.Title ?? string.Empty : "重点4分野";
            var subPillar = group?.Title ?? string.Empty;
            var reports = inForce.Values
                .SelectMany(s => s.Data!.Measures.Where(m => m.MeasureId == measure.Id).Select(m => (Submission: s, Progress: m)))
                .OrderBy(x => orderOf(x.Submission.Division)).ThenBy(x => x.Submission.Division, StringComparer.Ordinal)
                .ToList();
            if (reports.Count == 0)
            {
                var owners = string.Join("、", catalogue.Divisions.Where(d => d.Measures.Contains(measure.Id)).Select(d => d.Code));
                rows.Add(new ProgressRow(pillar, subPillar, measure.Id, measure.Horizon ?? string.Empty, measure.Title, owners, "未報告", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty));
                continue;
            }

            foreach (var (submission, p) in reports)
            {
                rows.Add(new ProgressRow(pillar, subPillar, measure.Id, measure.Horizon ?? string.Empty, measure.Title, submission.Division, p.Status, p.Detail, p.Issues, p.Plan, p.Notes, $"{submission.SourceLabel} {p.Cell}".Trim()));
            }
        }

        return rows;
    }

    private static List<IndicatorRow> Indicators(Catalogue catalogue, IEnumerable<SubmissionRecord> inForce, Func<string, int> orderOf)
    {
        var rows = new List<IndicatorRow>();
        foreach (var b in catalogue.Baseline)
        {
            var indicator = catalogue.FindIndicator(b.IndicatorId)!;
            rows.Add(new IndicatorRow(b.IndicatorId, indicator.Name, b.FiscalYear, b.Segment, b.Value, indicator.Unit, string.Empty, $"{BaselineSource} {b.Source}", string.Empty));
        }

        foreach (var submission in inForce)
        {
            foreach (var v in submission.Data!.Indicators)
            {
                var indicator = catalogue.FindIndicator(v.IndicatorId);
                if (indicator is null)
                {
                    continue;
                }

                rows.Add(new IndicatorRow(v.IndicatorId, indicator.Name, v.FiscalYear, v.Segment, v.Value, indicator.Unit, submission.Division, $"{submission.SourceLabel} {v.Cell}".Trim(), v.Notes));
            }
        }

        return [.. rows
            .OrderBy(r => catalogue.IndicatorOrder(r.IndicatorId))
            .ThenBy(r => r.FiscalYear)
            .ThenBy(r => catalogue.SegmentOrder(r.Segment))
            .ThenBy(r => r.Division.Length == 0 ? -1 : orderOf(r.Division))
            .ThenBy(r => r.Division, StringComparer.Ordinal)];
    }
}
