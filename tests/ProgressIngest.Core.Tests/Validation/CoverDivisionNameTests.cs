using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;
using static ProgressIngest.Core.Tests.RawBuilder;
using static ProgressIngest.Core.Tests.Trust.TrustChecks;

namespace ProgressIngest.Core.Tests.Validation;

/// <summary>表紙 rows: 所属コード on row 3, 所属名 on row 4 (value in column B).</summary>
public class CoverDivisionNameTests
{
    private static IngestReport WithCover(string division, string code, string name)
        => Check(Valid(division, cover: c =>
        {
            c[2] = Row("所属コード", code);
            c[3] = Row("所属名", name);
        }).Build(), division);

    [Theory]
    [InlineData("DX推進課")]
    [InlineData("ＤＸ推進課　")]
    [InlineData("dx 推進課")]
    public void Check_CoverNameIsAnotherRegisteredDivisions_ErrorAtTheNameCell(string name)
    {
        var report = WithCover("jinji", "jinji", name);

        Assert.Equal(["表紙!B4 cover-division-name-mismatch"], Flat(report));
        var finding = report.Findings[0];
        Assert.Equal((Severity.Error, "所属名", name), (finding.Severity, finding.Field, finding.Value));
        Assert.Contains($"「{name.Trim()}」", finding.Message);
        Assert.Contains("DX推進課（dx）", finding.Message);
        Assert.Contains("人事課（jinji）", finding.Message);
        Assert.Contains("テンプレート", finding.Fix);
        Assert.Contains("「人事課」に直して", finding.Fix);
        Assert.Equal(Outcome.Returned, report.Outcome);
    }

    [Theory]
    [InlineData("人事課")]
    [InlineData("人事課　")]
    [InlineData("人事課（人事係）")]
    [InlineData("総務局人事課")]
    [InlineData("DX推進課（人事課分）")]
    [InlineData("")]
    public void Check_CoverNameOwnOrFreeText_Accepted(string name)
    {
        var report = WithCover("jinji", "jinji", name);

        Assert.Empty(Flat(report));
        Assert.Equal(Outcome.Accepted, report.Outcome);
    }

    [Fact]
    public void Check_CoverCodeAndNameBothAnotherDivisions_OnlyTheCodeMismatch()
    {
        var report = WithCover("jinji", "dx", "DX推進課");

        Assert.Equal(["表紙!B3 cover-division-mismatch"], Flat(report));
    }

    [Fact]
    public void Check_CoverCodeMissingAndNameAnotherDivisions_BothNamed()
    {
        var report = WithCover("jinji", "", "BPR推進課");

        Assert.Equal(["表紙!B3 cover-division-missing", "表紙!B4 cover-division-name-mismatch"], Flat(report));
        Assert.Contains("BPR推進課（bpr）", report.Findings[1].Message);
    }
}
