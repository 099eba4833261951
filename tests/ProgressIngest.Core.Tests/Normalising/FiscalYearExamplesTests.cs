using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Tests.Normalising;

public class FiscalYearExamplesTests
{
    [Theory]
    [InlineData(2025, "2026/1/31", "令和8年1月31日")]
    [InlineData(2024, "2025/1/31", "令和7年1月31日")]
    [InlineData(2018, "2019/1/31", "平成31年1月31日")]
    public void Examples_FiscalYear_AreTheThirtyFirstOfJanuaryInsideIt(int startYear, string western, string era)
    {
        var fiscalYear = new FiscalYear(startYear);

        Assert.True(fiscalYear.Contains(FiscalYearExamples.Date(fiscalYear)));
        Assert.Equal(western, FiscalYearExamples.Western(fiscalYear));
        Assert.Equal(era, FiscalYearExamples.Era(fiscalYear));
        Assert.Equal($"「{western}」や「{era}」", FiscalYearExamples.Quoted(fiscalYear));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Examples_ReadBackByTheDateParser_GiveTheExampleDate(int startYear)
    {
        var fiscalYear = new FiscalYear(startYear);
        var expected = FiscalYearExamples.Date(fiscalYear);

        Assert.Equal(expected, JapaneseDateParser.Parse(FiscalYearExamples.Western(fiscalYear), null));
        Assert.Equal(expected, JapaneseDateParser.Parse(FiscalYearExamples.Era(fiscalYear), null));
    }

    [Theory]
    [InlineData("2019-05-01", "令和元年5月1日")]
    [InlineData("2019-04-30", "平成31年4月30日")]
    [InlineData("1989-01-08", "平成元年1月8日")]
    [InlineData("1989-01-07", "1989年1月7日")]
    public void EraDate_AroundEraChanges_UsesTheEraOfTheDay(string date, string expected)
    {
        Assert.Equal(expected, FiscalYearExamples.EraDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2025-01-31", 2025, "2026-01-31")]
    [InlineData("2025-03-31", 2025, "2026-03-31")]
    [InlineData("2024-05-01", 2025, "2025-05-01")]
    [InlineData("2025-04-01", 2025, "2025-04-01")]
    [InlineData("2026-03-31", 2025, "2026-03-31")]
    [InlineData("2026-12-01", 2025, "2025-12-01")]
    [InlineData("2024-02-29", 2025, "2026-02-28")]
    [InlineData("2023-02-28", 2023, "2024-02-28")]
    public void SuggestInFiscalYear_DateInAnotherYear_MovesItIntoTheFiscalYear(string typed, int startYear, string expected)
    {
        var fiscalYear = new FiscalYear(startYear);
        var suggested = FiscalYearExamples.SuggestInFiscalYear(DateOnly.Parse(typed, System.Globalization.CultureInfo.InvariantCulture), fiscalYear);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), suggested);
        Assert.True(fiscalYear.Contains(suggested));
    }

    [Fact]
    public void SuggestInFiscalYear_EraDateTypedWithTheFiscalYearsNumber_SuggestsTheNextJanuary()
    {
        var typed = JapaneseDateParser.Parse("R7.1.31", null)!.Value;

        Assert.Equal(new DateOnly(2026, 1, 31), FiscalYearExamples.SuggestInFiscalYear(typed, new FiscalYear(2025)));
    }
}
