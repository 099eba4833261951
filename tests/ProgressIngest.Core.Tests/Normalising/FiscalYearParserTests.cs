using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Tests.Normalising;

public class FiscalYearParserTests
{
    [Theory]
    [InlineData("R6", 2024)]
    [InlineData("r6", 2024)]
    [InlineData("Ｒ６", 2024)]
    [InlineData("R06", 2024)]
    [InlineData("R 6", 2024)]
    [InlineData("R6年度", 2024)]
    [InlineData("令和6年度", 2024)]
    [InlineData("令和６年度", 2024)]
    [InlineData("令和 6 年度", 2024)]
    [InlineData("令和6", 2024)]
    [InlineData("令和6年", 2024)]
    [InlineData("令和元年度", 2019)]
    [InlineData("R1", 2019)]
    [InlineData("㋿6年度", 2024)]
    [InlineData("H30", 2018)]
    [InlineData("h30", 2018)]
    [InlineData("平成30年度", 2018)]
    [InlineData("平成31年度", 2019)]
    [InlineData("平成元年度", 1989)]
    [InlineData("2024", 2024)]
    [InlineData("２０２４", 2024)]
    [InlineData("2024年度", 2024)]
    [InlineData("2024年", 2024)]
    [InlineData("FY2024", 2024)]
    [InlineData("fy2024", 2024)]
    [InlineData("令和6(2024)年度", 2024)]
    [InlineData("令和6（2024）年度", 2024)]
    [InlineData("2024(令和6)年度", 2024)]
    [InlineData("2024（R6）", 2024)]
    public void Parse_Text_ReturnsStartYear(string raw, int expected)
    {
        Assert.Equal(expected, FiscalYearParser.Parse(raw));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("該当なし")]
    [InlineData("FY24")]
    [InlineData("24")]
    [InlineData("R0")]
    [InlineData("平成32年度")]
    [InlineData("昭和63年度")]
    [InlineData("1988")]
    [InlineData("2101")]
    [InlineData("R83")]
    [InlineData("令和6(2025)年度")]
    [InlineData("2024(令和5)年度")]
    [InlineData("令和6年度上期")]
    [InlineData("2024/4/1")]
    public void Parse_UnreadableText_ReturnsNull(string? raw)
    {
        Assert.Null(FiscalYearParser.Parse(raw));
    }

    [Theory]
    [InlineData(2024.0, 2024)]
    [InlineData(1989.0, 1989)]
    [InlineData(2100.0, 2100)]
    public void Parse_WholeDouble_ReturnsYear(double raw, int expected)
    {
        Assert.Equal(expected, FiscalYearParser.Parse(raw));
    }

    [Theory]
    [InlineData(2024.5)]
    [InlineData(6.0)]
    [InlineData(1988.0)]
    [InlineData(2101.0)]
    [InlineData(45688.0)]
    [InlineData(double.NaN)]
    public void Parse_OtherDouble_ReturnsNull(double raw)
    {
        Assert.Null(FiscalYearParser.Parse(raw));
    }

    [Fact]
    public void Parse_Int_ReturnsYear()
    {
        Assert.Equal(2024, FiscalYearParser.Parse(2024));
    }

    [Fact]
    public void Parse_DateTime_ReturnsNull()
    {
        Assert.Null(FiscalYearParser.Parse(new DateTime(2024, 4, 1)));
    }
}
