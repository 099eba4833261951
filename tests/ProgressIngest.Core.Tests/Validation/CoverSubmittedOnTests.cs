using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;
using static ProgressIngest.Core.Tests.RawBuilder;
using static ProgressIngest.Core.Tests.Trust.TrustChecks;

namespace ProgressIngest.Core.Tests.Validation;

/// <summary>提出日 of a 令和7年度 report: from 2025/4/1 to 2027/3/31, as the template's input rule allows.</summary>
public class CoverSubmittedOnTests
{
    private static IngestReport WithDate(object date)
        => Check(Valid("jinji", cover: c => c[Index(c)] = Row("提出日", date)).Build(), "jinji");

    private static int Index(List<object?[]> cover) => cover.FindIndex(r => r.Length > 0 && Equals(r[0], "提出日"));

    [Theory]
    [InlineData("2025/1/31")]
    [InlineData("2027/4/1")]
    [InlineData("R6.1.31")]
    public void Check_DateOutsideTheReportingYearAndTheNext_WarningAtTheDateCellGivingTheRange(string date)
    {
        var report = WithDate(date);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((RuleIds.CoverDateInvalid, Severity.Warning, "提出日"), (finding.RuleId, finding.Severity, finding.Field));
        Assert.Contains("2025/4/1〜2027/3/31", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025/4/1")]
    [InlineData("2026/1/30")]
    [InlineData("2027/3/31")]
    public void Check_DateInsideTheRange_NoFinding(string date)
    {
        Assert.Empty(Flat(WithDate(date)));
    }
}
