using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;
using static ProgressIngest.Core.Tests.RawBuilder;

namespace ProgressIngest.Core.Tests.Validation;

/// <summary>Date examples in messages lie inside the fiscal year being reported (令和7年度: 2026/1/31, not 2025/1/31).</summary>
public class ExampleDateMessageTests
{
    private static IngestReport Check(Reading.RawWorkbook workbook)
    {
        var catalogue = TestCatalogue.Real;
        return SubmissionChecker.Check(workbook, new SubmissionContext(catalogue, catalogue.FindDivision("bpr")!, new FiscalYear(2025), IndicatorHistory.FromBaseline(catalogue)));
    }

    [Fact]
    public void Check_UnreadableAsOf_ExampleIsInsideTheRowsFiscalYear()
    {
        var report = Check(ValidBpr(indicators: i => i[1][6] = "いつか").Build());

        var finding = Assert.Single(report.Findings, f => f.RuleId == RuleIds.AsOfInvalid);
        Assert.Contains("「2026/1/31」や「令和8年1月31日」", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreadableSubmittedOn_ExampleIsInsideTheReportingYear()
    {
        var workbook = new RawBuilder()
            .Sheet("表紙", Row("所属コード", "bpr"), Row("報告年度", "令和7年度"), Row("提出日", "そのうち"))
            .Sheet("取り組み進捗", Row("取り組みID", "進捗区分"))
            .Build();

        var finding = Assert.Single(Check(workbook).Findings, f => f.RuleId == RuleIds.CoverDateInvalid);
        Assert.Contains("「2026/1/31」や「令和8年1月31日」", finding.Fix, StringComparison.Ordinal);
    }
}
