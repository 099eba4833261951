using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Tests.Normalising;

public class JapaneseDateParserTests
{
    [Theory]
    [InlineData("2025/1/31", "2025-01-31")]
    [InlineData("2025/01/31", "2025-01-31")]
    [InlineData("2025-01-31", "2025-01-31")]
    [InlineData("2025.1.31", "2025-01-31")]
    [InlineData("2025年1月31日", "2025-01-31")]
    [InlineData("２０２５年１月３１日", "2025-01-31")]
    [InlineData("２０２５／１／３１", "2025-01-31")]
    [InlineData("2025－01－31", "2025-01-31")]
    [InlineData("2025 年 1 月 31 日", "2025-01-31")]
    [InlineData("20250131", "2025-01-31")]
    [InlineData("令和7年1月31日", "2025-01-31")]
    [InlineData("令和７年１月３１日", "2025-01-31")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("㋿7年1月31日", "2025-01-31")]
    [InlineData("R7.1.31", "2025-01-31")]
    [InlineData("r7.1.31", "2025-01-31")]
    [InlineData("R7/1/31", "2025-01-31")]
    [InlineData("R07/01/31", "2025-01-31")]
    [InlineData("R7年1月31日", "2025-01-31")]
    [InlineData("H31.4.30", "2019-04-30")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    [InlineData("2025年1月31日（金）", "2025-01-31")]
    [InlineData("2025/1/31(金曜日)", "2025-01-31")]
    [InlineData("2025/1/31 0:00:00", "2025-01-31")]
    [InlineData("2025-01-31T09:30:00", "2025-01-31")]
    [InlineData("2024/2/29", "2024-02-29")]
    public void Parse_Text_ReturnsDate(string raw, string expected)
    {
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd"), JapaneseDateParser.Parse(raw, "@"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("空欄")]
    [InlineData("2025/2/30")]
    [InlineData("2025/13/1")]
    [InlineData("2025/0/10")]
    [InlineData("2023/2/29")]
    [InlineData("令和7年2月30日")]
    [InlineData("2025/1-31")]
    [InlineData("25/1/31")]
    [InlineData("2025年1月")]
    [InlineData("R0.1.1")]
    [InlineData("H32.1.1")]
    [InlineData("来月末")]
    [InlineData("20251301")]
    public void Parse_InvalidText_ReturnsNull(string? raw)
    {
        Assert.Null(JapaneseDateParser.Parse(raw, null));
    }

    [Theory]
    [InlineData(45688.0, "[$-ja-JP]ggge\"年\"m\"月\"d\"日\"", "2025-01-31")]
    [InlineData(45688.0, "yyyy/m/d", "2025-01-31")]
    [InlineData(45688.0, "General", "2025-01-31")]
    [InlineData(45688.75, "yyyy/m/d h:mm", "2025-01-31")]
    [InlineData(43586.0, "[$-ja-JP]ggge\"年\"m\"月\"d\"日\"", "2019-05-01")]
    [InlineData(20250131.0, "General", "2025-01-31")]
    public void Parse_Number_ReturnsDate(double raw, string format, string expected)
    {
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd"), JapaneseDateParser.Parse(raw, format));
    }

    [Theory]
    [InlineData(0.0, "General")]
    [InlineData(0.5, "h:mm")]
    [InlineData(-1.0, "General")]
    [InlineData(2958466.0, "General")]
    [InlineData(1.0, "0%")]
    [InlineData(double.NaN, "General")]
    [InlineData(20251301.0, "General")]
    public void Parse_OutOfRangeNumber_ReturnsNull(double raw, string format)
    {
        Assert.Null(JapaneseDateParser.Parse(raw, format));
    }

    [Fact]
    public void Parse_Int_IsSerial()
    {
        Assert.Equal(new DateOnly(2025, 1, 31), JapaneseDateParser.Parse(45688, "General"));
    }

    [Fact]
    public void Parse_DateTime_ReturnsDatePart()
    {
        Assert.Equal(new DateOnly(2025, 1, 31), JapaneseDateParser.Parse(new DateTime(2025, 1, 31, 15, 30, 0), "yyyy/m/d"));
    }

    [Fact]
    public void Parse_Bool_ReturnsNull()
    {
        Assert.Null(JapaneseDateParser.Parse(true, "General"));
    }
}
