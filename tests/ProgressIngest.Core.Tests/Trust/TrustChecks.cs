using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reading;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Core.Tests.Trust;

/// <summary>Shared steps for the "what reaches the master is what the division meant" tests.</summary>
internal static class TrustChecks
{
    public static readonly FiscalYear Year = new(2025);

    public static SubmissionContext Context(string division, IndicatorHistory? history = null)
    {
        var catalogue = TestCatalogue.Real;
        return new SubmissionContext(catalogue, catalogue.FindDivision(division)!, Year, history ?? IndicatorHistory.FromBaseline(catalogue));
    }

    public static IngestReport Check(RawWorkbook workbook, string division, IndicatorHistory? history = null)
        => SubmissionChecker.Check(workbook, Context(division, history));

    public static string[] Flat(IngestReport report) => [.. report.Findings.Select(f => $"{f.Sheet}!{f.Cell} {f.RuleId}")];

    /// <summary>Checks each (division, workbook) in turn as the service would, and builds the master from what was accepted.</summary>
    public static MasterModel Master(params (string Division, RawWorkbook Workbook)[] submissions)
    {
        var catalogue = TestCatalogue.Real;
        var records = new List<SubmissionRecord>();
        var received = new DateTimeOffset(2026, 1, 30, 9, 0, 0, JapanTime.Offset);
        foreach (var (division, workbook) in submissions)
        {
            var context = Context(division);
            var report = SubmissionChecker.Check(workbook, context);
            var data = report.Outcome.IsAccepted() ? AcceptedData.From(report.Submission!, context) : null;
            records.Add(new SubmissionRecord(records.Count + 1, division, $"{division}.xlsx", $"hash{records.Count}", received.AddMinutes(records.Count), report.Outcome, report.Findings, data)
            {
                Contact = SubmissionContact.From(report.Submission?.Cover),
            });
        }

        return MasterBuilder.Build(catalogue, Year, records);
    }

    public static decimal? Summary(MasterModel master, string indicator, string label, int year)
    {
        var summary = master.Summary.Single(s => s.IndicatorId == indicator);
        var row = summary.Rows.Single(r => r.Label == label);
        return row.Values[summary.Years.ToList().IndexOf(new FiscalYear(year))];
    }

    public static Gap? SummaryGap(MasterModel master, string indicator, string label, int year)
    {
        var summary = master.Summary.Single(s => s.IndicatorId == indicator);
        var row = summary.Rows.Single(r => r.Label == label);
        return row.GapAt(summary.Years.ToList().IndexOf(new FiscalYear(year)));
    }

    /// <summary>Sets a cell of the row whose first cell is <paramref name="id"/> and fourth (区分) is <paramref name="segment"/> (or any, when null).</summary>
    public static void Set(List<object?[]> rows, string id, string? segment, int column, object? value)
    {
        var row = rows.First(r => Equals(r[0], id) && (segment is null || Equals(r[3], segment)));
        row[column] = value;
    }
}
