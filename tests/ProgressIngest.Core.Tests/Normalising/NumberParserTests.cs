using System.Globalization;
using ProgressIngest.Core.Normalising;

namespace ProgressIngest.Core.Tests.Normalising;

public class NumberParserTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    [InlineData("該当なし")]
    [InlineData("空欄")]
    [InlineData("-")]
    [InlineData("－")]
    [InlineData("ー")]
    [InlineData("N/A")]
    [InlineData("n/a")]
    public void Parse_BlankOrMarker_IsMissing(string? raw)
    {
        var result = NumberParser.Parse(raw, "General");

        Assert.Equal(ParseStatus.Missing, result.Status);
        Assert.Null(result.Problem);
    }

    [Theory]
    [InlineData(12.0, "General", "12", false)]
    [InlineData(192.6, "0.0", "192.6", false)]
    [InlineData(-3.5, null, "-3.5", false)]
    [InlineData(0.534, "0.0%", "53.4", true)]
    [InlineData(0.534, "0%", "53.4", true)]
    [InlineData(1.0, "0%", "100", true)]
    [InlineData(0.07, "0.00%", "7", true)]
    [InlineData(0.1 + 0.2, "General", "0.3", false)]
    [InlineData(0.534, "0.0\"%\"", "0.534", false)]
    [InlineData(0.534, "0.0\\%", "0.534", false)]
    [InlineData(0.534, "[Red]0.0", "0.534", false)]
    [InlineData(0.534, "#,##0.0%;[Red]-#,##0.0%", "53.4", true)]
    [InlineData(1234567.0, "#,##0", "1234567", false)]
    public void Parse_Double_ReadsValue(double raw, string? format, string expected, bool isPercent)
    {
        var result = NumberParser.Parse(raw, format);

        Assert.Equal(ParseStatus.Ok, result.Status);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), result.Value);
        Assert.Equal(expected, result.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(isPercent, result.IsPercent);
        Assert.Null(result.UnitText);
        Assert.Null(result.Problem);
    }

    [Fact]
    public void Parse_Int_ReadsValue()
    {
        Assert.Equal(new ParsedNumber(ParseStatus.Ok, 42m, false, null, null), NumberParser.Parse(42, "General"));
    }

    [Fact]
    public void Parse_Decimal_ReadsValue()
    {
        Assert.Equal(12.5m, NumberParser.Parse(12.5m, null).Value);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e300)]
    public void Parse_NonFiniteOrHugeDouble_IsInvalid(double raw)
    {
        var result = NumberParser.Parse(raw, "General");

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.NotNull(result.Problem);
    }

    [Fact]
    public void Parse_Bool_IsInvalid()
    {
        var result = NumberParser.Parse(true, "General");

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Equal("数値ではありません", result.Problem);
    }

    [Fact]
    public void Parse_DateTime_IsInvalid()
    {
        var result = NumberParser.Parse(new DateTime(2025, 1, 31), "yyyy/m/d");

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Equal("数値ではありません", result.Problem);
    }

    [Theory]
    [InlineData("12", "12", false, null)]
    [InlineData("１２", "12", false, null)]
    [InlineData(" 12 ", "12", false, null)]
    [InlineData("0", "0", false, null)]
    [InlineData("53.40", "53.40", false, null)]
    [InlineData("５３．４", "53.4", false, null)]
    [InlineData(".5", "0.5", false, null)]
    [InlineData("+5", "5", false, null)]
    [InlineData("-5", "-5", false, null)]
    [InlineData("－５", "-5", false, null)]
    [InlineData("−5", "-5", false, null)]
    [InlineData("▲5", "-5", false, null)]
    [InlineData("▲ 1,234", "-1234", false, null)]
    [InlineData("△2.5", "-2.5", false, null)]
    [InlineData("▲0", "0", false, null)]
    [InlineData("1,234", "1234", false, null)]
    [InlineData("１，２３４", "1234", false, null)]
    [InlineData("1,234,567.5", "1234567.5", false, null)]
    [InlineData("53.4%", "53.4", true, "%")]
    [InlineData("５３．４％", "53.4", true, "%")]
    [InlineData("53.4 %", "53.4", true, "%")]
    [InlineData("▲1.5%", "-1.5", true, "%")]
    [InlineData("192.6時間", "192.6", false, "時間")]
    [InlineData("192.6 時間", "192.6", false, "時間")]
    [InlineData("12h", "12", false, "h")]
    [InlineData("12H", "12", false, "h")]
    [InlineData("3件", "3", false, "件")]
    [InlineData("５名", "5", false, "名")]
    [InlineData("1,200人", "1200", false, "人")]
    [InlineData("2講", "2", false, "講")]
    [InlineData("4回", "4", false, "回")]
    [InlineData("7部署", "7", false, "部署")]
    [InlineData("1.5ポイント", "1.5", false, "ポイント")]
    [InlineData("1.5ﾎﾟｲﾝﾄ", "1.5", false, "ポイント")]
    [InlineData("1.5pt", "1.5", false, "pt")]
    [InlineData("１．５ｐｔ", "1.5", false, "pt")]
    public void Parse_Text_ReadsValue(string raw, string expected, bool isPercent, string? unit)
    {
        var result = NumberParser.Parse(raw, "@");

        Assert.Equal(ParseStatus.Ok, result.Status);
        Assert.Equal(expected, result.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(isPercent, result.IsPercent);
        Assert.Equal(unit, result.UnitText);
        Assert.Null(result.Problem);
    }

    [Theory]
    [InlineData("#DIV/0!")]
    [InlineData("#REF!")]
    [InlineData("#N/A")]
    [InlineData("#VALUE!")]
    [InlineData("#NAME?")]
    [InlineData("#NUM!")]
    [InlineData("#NULL!")]
    public void Parse_ExcelErrorText_IsInvalidWithErrorProblem(string raw)
    {
        var result = NumberParser.Parse(raw, "General");

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Equal($"Excelのエラー値（{raw}）です", result.Problem);
    }

    [Theory]
    [InlineData("1,2")]
    [InlineData("12,34")]
    [InlineData("1,2345")]
    [InlineData(",123")]
    [InlineData("1,234.5,6")]
    public void Parse_BadThousandsSeparator_IsInvalid(string raw)
    {
        var result = NumberParser.Parse(raw, "General");

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Equal("桁区切りのカンマの位置が正しくありません", result.Problem);
    }

    [Theory]
    [InlineData("約5")]
    [InlineData("約 5件")]
    [InlineData("5程度")]
    [InlineData("100以上")]
    [InlineData("およそ10")]
    public void Parse_ApproximateText_IsInvalidWithExplanation(string raw)
    {
        var result = NumberParser.Parse(raw, "General");

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Equal("「約」「程度」などを付けず、数値だけを入力してください", result.Problem);
    }

    [Theory]
    [InlineData("なし")]
    [InlineData("未定")]
    [InlineData("abc")]
    [InlineData("5～10")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData("▲")]
    [InlineData("%")]
    [InlineData("時間")]
    [InlineData("5円")]
    [InlineData("--5")]
    [InlineData("▲-5")]
    public void Parse_UnreadableText_IsInvalid(string raw)
    {
        var result = NumberParser.Parse(raw, "General");

        Assert.Equal(ParseStatus.Invalid, result.Status);
        Assert.Equal("数値として読めません", result.Problem);
        Assert.Equal(0m, result.Value);
    }

    [Fact]
    public void Parse_TextInPercentFormattedCell_IsNotScaled()
    {
        var result = NumberParser.Parse("53.4", "0.0%");

        Assert.Equal(53.4m, result.Value);
        Assert.False(result.IsPercent);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("General", false)]
    [InlineData("0.0%", true)]
    [InlineData("0%", true)]
    [InlineData("0.0\"%\"", false)]
    [InlineData("0.0\\%", false)]
    [InlineData("0.0_%", false)]
    [InlineData("[$-ja-JP]ggge\"年\"m\"月\"d\"日\"", false)]
    [InlineData("[>=100]0%;0", true)]
    public void IsPercentFormat_Format_Detected(string? format, bool expected)
    {
        Assert.Equal(expected, NumberParser.IsPercentFormat(format));
    }
}
