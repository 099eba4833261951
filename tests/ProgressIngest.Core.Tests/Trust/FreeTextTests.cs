using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Normalising;
using static ProgressIngest.Core.Tests.RawBuilder;
using static ProgressIngest.Core.Tests.Trust.TrustChecks;

namespace ProgressIngest.Core.Tests.Trust;

public class FreeTextTests
{
    private const string Prose = "①研修を２回実施（延べ１２０名）②ﾏﾆｭｱﾙ改訂　㈱ＡＢＣに委託、床面積３０㎡、第Ⅲ期";

    [Fact]
    public void AcceptedData_ProseWithCircledDigitsAndFullWidth_ReachesTheMasterExactlyAsTyped()
    {
        var workbook = Valid("bpr", measures: m =>
        {
            m[1][4] = Prose;
            m[1][5] = "課題：ＩＴ人材の確保";
            m[1][6] = "Ｒ８年度も継続";
            m[1][7] = "※㈱ＡＢＣ";
        }).Build();

        var report = Check(workbook, "bpr");
        var data = AcceptedData.From(report.Submission!, Context("bpr"));
        var master = Master(("bpr", workbook));

        Assert.Equal(Prose, data.Measures[0].Detail);
        Assert.Equal(("課題：ＩＴ人材の確保", "Ｒ８年度も継続", "※㈱ＡＢＣ"), (data.Measures[0].Issues, data.Measures[0].Plan, data.Measures[0].Notes));
        Assert.Contains(master.Progress, p => p.Detail == Prose);
    }

    [Fact]
    public void AcceptedData_IndicatorNotesAndCoverNames_KeptAsTyped()
    {
        var workbook = Valid("bpr", indicators: i => i[1][7] = "（速報値）　１２月末時点", cover: c => c[6] = Row("担当者", "ＢＰＲ　推進　ｲﾁﾛｳ")).Build();

        var report = Check(workbook, "bpr");

        Assert.Equal("（速報値）　１２月末時点", AcceptedData.From(report.Submission!, Context("bpr")).Indicators[0].Notes);
        Assert.Equal("ＢＰＲ　推進　ｲﾁﾛｳ", report.Submission!.Cover!.Person);
    }

    [Theory]
    [InlineData("  ①実施\u3000  ", "①実施")]
    [InlineData("一行目_x000D_\n二行目", "一行目\n二行目")]
    [InlineData("一行目\r\n二行目\r三行目", "一行目\n二行目\n三行目")]
    [InlineData("表\t計\u0007算", "表 計算")]
    [InlineData("_x0041_ はそのまま", "_x0041_ はそのまま")]
    [InlineData("𠮷野家（ﾃｽﾄ）", "𠮷野家（ﾃｽﾄ）")]
    public void AsTyped_ChangesOnlyEndsEscapesControlsAndLineEndings(string typed, string expected)
    {
        Assert.Equal(expected, FreeText.AsTyped(typed));
    }

    [Fact]
    public void AsTyped_LoneSurrogate_Dropped()
    {
        Assert.Equal("ab", FreeText.AsTyped("a\uD800b"));
    }
}
