using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Core.Merging;

/// <summary>
/// Builds the master as a pure function of the catalogue, the published history and the ledger's
/// submissions: same inputs, same content, same order. Only the divisions the registry assigns put
/// values in; every assigned place shows a value or says why there is none.
/// </summary>
public static class MasterBuilder
{
    public const string BaselineSource = PublishedValues.BaselineSource;

    /// <summary>提出状況 of a division that has submissions but is no longer in the registry.</summary>
    public static readonly string Unregistered = Gap.Unregistered.Japanese();

    /// <param name="submissions">Every processed submission of the reporting cycle; order does not matter (the ledger id is the order, never the receipt time).</param>
    /// <param name="published">Closed history; the catalogue's baseline when null.</param>
    public static MasterModel Build(Catalogue catalogue, FiscalYear reportingYear, IEnumerable<SubmissionRecord> submissions, PublishedValues? published = null)
    {
        published ??= PublishedValues.FromCatalogue(catalogue);
        var all = submissions.OrderBy(s => s.Id).ToList();
        var latest = all.GroupBy(s => s.Division).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var inForce = all.Where(s => s.Outcome.IsAccepted() && s.Data is not null)
            .GroupBy(s => s.Division)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var divisions = new DivisionStates(catalogue, latest, inForce);

        var status = catalogue.Divisions.Select(d => StatusOf(d.Code, d.Name, latest.GetValueOrDefault(d.Code), inForce.GetValueOrDefault(d.Code))).ToList();
        var unregistered = latest.Keys.Where(code => catalogue.FindDivision(code) is null).Order(StringComparer.Ordinal).ToList();
        status.AddRange(unregistered.Select(code => StatusOf(code, code, latest[code], inForce.GetValueOrDefault(code)) with { State = Unregistered }));
        var progress = Progress(catalogue, divisions);
        var indicators = Indicators(catalogue, reportingYear, published, divisions);
        var findings = latest.Values
            .OrderBy(s => divisions.Order(s.Division)).ThenBy(s => s.Division, StringComparer.Ordinal)
            .SelectMany(s => s.Findings.Select(f => new OpenFindingRow(divisions.Label(s.Division), s.FileName, f)))
            .ToList();
        findings.AddRange(unregistered.Where(inForce.ContainsKey).Select(code => new OpenFindingRow(code, inForce[code].FileName, UnregisteredFinding(code))));
        var summary = SummaryBuilder.Build(catalogue, indicators);
        return new MasterModel(reportingYear, status, progress, indicators, findings, summary);
    }

    /// <summary>For the planning division: data in force from a division the registry no longer lists.</summary>
    private static Finding UnregisteredFinding(string code) => Finding.ForFile(
        RuleIds.DivisionUnregistered,
        $"所属「{code}」は所属一覧（schemas/divisions.json）にありませんが、受理済みのデータがあります。集約ファイルには「{Unregistered}」として載せています。",
        "所属一覧から外したのが誤りなら divisions.json に戻してください。廃止・統合した所属なら、このデータの扱い（引き継ぎ先など）を決めてください。");

    private static StatusRow StatusOf(string code, string name, SubmissionRecord? latest, SubmissionRecord? inForce)
    {
        if (latest is null)
        {
            return new StatusRow(code, name, Gap.NotSubmitted.Japanese(), null, null, null, 0, 0, null);
        }

        var inForceText = inForce is null ? "なし"
            : inForce.Id == latest.Id ? "最新の提出"
            : $"{inForce.FileName}（{JapanTime.Format(inForce.ReceivedAt)}受付）";
        var contact = latest.Contact ?? inForce?.Contact;
        return new StatusRow(code, name, "提出済", latest.FileName, latest.ReceivedAt, latest.Outcome.Japanese(), latest.ErrorCount, latest.WarningCount, inForceText)
        {
            Explained = latest.ExplainedCount,
            Person = contact?.Person ?? string.Empty,
            Contact = contact?.Contact ?? string.Empty,
            SubmittedOn = contact?.SubmittedOn,
        };
    }

    private static List<ProgressRow> Progress(Catalogue catalogue, DivisionStates divisions)
    {
        var rows = new List<ProgressRow>();
        foreach (var measure in catalogue.Measures)
        {
            var group = catalogue.FindGroup(measure.GroupId);
            var pillar = group?.ParentId is { } parent ? catalogue.FindGroup(parent)?.Title ?? string.Empty : "重点4分野";
            var subPillar = group?.Title ?? string.Empty;
            var horizon = measure.Horizon ?? string.Empty;
            foreach (var owner in catalogue.Divisions.Where(d => d.Measures.Contains(measure.Id)))
            {
                var submission = divisions.InForce(owner.Code);
                var p = submission?.Data!.Measures.FirstOrDefault(m => m.MeasureId == measure.Id);
                if (submission is null || p is null)
                {
                    var gap = divisions.GapOf(owner.Code);
                    rows.Add(new ProgressRow(pillar, subPillar, measure.Id, horizon, measure.Title, divisions.Label(owner.Code), gap.Japanese(), "", "", "", "", divisions.GapSource(owner.Code)) { Gap = gap });
                    continue;
                }

                rows.Add(new ProgressRow(pillar, subPillar, measure.Id, horizon, measure.Title, divisions.Label(owner.Code), p.Status, p.Detail, p.Issues, p.Plan, p.Notes, $"{submission.SourceLabel} {p.Cell}".Trim()));
            }
        }

        return rows;
    }

    private static List<IndicatorRow> Indicators(Catalogue catalogue, FiscalYear reportingYear, PublishedValues published, DivisionStates divisions)
    {
        var rows = new List<IndicatorRow>();
        foreach (var p in published.All)
        {
            if (catalogue.FindIndicator(p.IndicatorId) is { } indicator)
            {
                rows.Add(new IndicatorRow(p.IndicatorId, indicator.Name, p.FiscalYear, p.Segment, p.Value, indicator.Unit, string.Empty, p.Citation, string.Empty) { IsPublished = true });
            }
        }

        foreach (var owner in catalogue.Divisions)
        {
            var submission = divisions.InForce(owner.Code);
            var reported = new HashSet<(string, FiscalYear, string)>();
            foreach (var v in submission?.Data!.Indicators ?? [])
            {
                if (catalogue.FindIndicator(v.IndicatorId) is not { } indicator || !owner.Indicators.Contains(v.IndicatorId) || published.IsClosed(v.IndicatorId, v.FiscalYear))
                {
                    continue;
                }

                reported.Add((v.IndicatorId, v.FiscalYear, v.Segment));
                rows.Add(new IndicatorRow(v.IndicatorId, indicator.Name, v.FiscalYear, v.Segment, v.Value, indicator.Unit, divisions.Label(owner.Code), $"{submission!.SourceLabel} {v.Cell}".Trim(), v.Notes)
                {
                    Gap = v.IsPending ? Gap.Pending : null,
                });
            }

            foreach (var id in owner.Indicators)
            {
                var indicator = catalogue.FindIndicator(id)!;
                var year = reportingYear.AddYears(-indicator.Rules.LagYears);
                if (published.IsClosed(id, year) || year < indicator.FirstYear)
                {
                    continue;
                }

                foreach (var segment in indicator.Segments.Where(s => !reported.Contains((id, year, s))))
                {
                    var gap = divisions.GapOf(owner.Code);
                    rows.Add(new IndicatorRow(id, indicator.Name, year, segment, null, indicator.Unit, divisions.Label(owner.Code), divisions.GapSource(owner.Code), string.Empty) { Gap = gap });
                }
            }
        }

        return [.. rows
            .OrderBy(r => catalogue.IndicatorOrder(r.IndicatorId))
            .ThenBy(r => r.FiscalYear)
            .ThenBy(r => catalogue.SegmentOrder(r.Segment))
            .ThenBy(r => r.IsPublished ? -1 : 0)
            .ThenBy(r => r.Division, StringComparer.Ordinal)];
    }
}
