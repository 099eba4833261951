using System.Text.Json;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Tests.Model;

public class FiscalYearTests
{
    [Theory]
    [InlineData(2025, "令和7年度", "R7")]
    [InlineData(2024, "令和6年度", "R6")]
    [InlineData(2020, "令和2年度", "R2")]
    [InlineData(2019, "令和元年度", "R1")]
    [InlineData(2018, "平成30年度", "H30")]
    [InlineData(1990, "平成2年度", "H2")]
    [InlineData(1989, "平成元年度", "H1")]
    [InlineData(2100, "令和82年度", "R82")]
    public void Labels_Year_AreEraNames(int startYear, string japanese, string shortLabel)
    {
        var year = new FiscalYear(startYear);

        Assert.Equal(japanese, year.Japanese);
        Assert.Equal(shortLabel, year.Short);
        Assert.Equal(japanese, year.ToString());
        Assert.Equal(japanese, $"{year}");
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2019)]
    [InlineData(2025)]
    [InlineData(2100)]
    public void Labels_ParsedBack_GiveTheSameYear(int startYear)
    {
        var year = new FiscalYear(startYear);

        Assert.Equal(year, FiscalYear.Parse(year.Japanese));
        Assert.Equal(year, FiscalYear.Parse(year.Short));
    }

    [Theory]
    [InlineData(1988)]
    [InlineData(2101)]
    [InlineData(0)]
    [InlineData(-2025)]
    public void Constructor_OutsideRange_Throws(int startYear)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(startYear));
    }

    [Fact]
    public void Bounds_AreTheParsersRange()
    {
        Assert.Equal(1989, FiscalYear.MinValue.StartYear);
        Assert.Equal(2100, FiscalYear.MaxValue.StartYear);
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalYear.MinValue.Previous());
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalYear.MaxValue.Next());
    }

    [Fact]
    public void StartAndEnd_AreAprilFirstToMarchThirtyFirst()
    {
        var year = new FiscalYear(2025);

        Assert.Equal(new DateOnly(2025, 4, 1), year.Start);
        Assert.Equal(new DateOnly(2026, 3, 31), year.End);
        Assert.Equal(new DateOnly(2101, 3, 31), FiscalYear.MaxValue.End);
    }

    [Theory]
    [InlineData(2025, 3, 31, false)]
    [InlineData(2025, 4, 1, true)]
    [InlineData(2025, 12, 31, true)]
    [InlineData(2026, 1, 1, true)]
    [InlineData(2026, 2, 28, true)]
    [InlineData(2026, 3, 31, true)]
    [InlineData(2026, 4, 1, false)]
    public void Contains_Date_IsTrueFromAprilFirstToMarchThirtyFirst(int year, int month, int day, bool expected)
    {
        Assert.Equal(expected, new FiscalYear(2025).Contains(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2025, 3, 31, 2024)]
    [InlineData(2025, 4, 1, 2025)]
    [InlineData(2025, 1, 1, 2024)]
    [InlineData(2024, 12, 31, 2024)]
    [InlineData(2019, 4, 30, 2019)]
    [InlineData(1989, 4, 1, 1989)]
    public void Of_Date_IsTheYearContainingIt(int year, int month, int day, int expected)
    {
        var date = new DateOnly(year, month, day);

        var fiscalYear = FiscalYear.Of(date);

        Assert.Equal(expected, fiscalYear.StartYear);
        Assert.True(fiscalYear.Contains(date));
    }

    [Fact]
    public void Of_DateBeforeTheRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FiscalYear.Of(new DateOnly(1989, 3, 31)));
    }

    [Theory]
    [InlineData("令和7年度", 2025)]
    [InlineData("R7", 2025)]
    [InlineData("Ｒ７", 2025)]
    [InlineData("令和元年度", 2019)]
    [InlineData("平成30年度", 2018)]
    [InlineData("2025", 2025)]
    [InlineData("2025年度", 2025)]
    [InlineData("令和7(2025)年度", 2025)]
    public void Parse_Text_FollowsTheParser(string raw, int expected)
    {
        Assert.Equal(new FiscalYear(expected), FiscalYear.Parse(raw));
    }

    [Fact]
    public void Parse_Numbers_AreWholeYears()
    {
        Assert.Equal(new FiscalYear(2025), FiscalYear.Parse(2025));
        Assert.Equal(new FiscalYear(2025), FiscalYear.Parse(2025.0));
        Assert.Null(FiscalYear.Parse(2025.5));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("来年度")]
    [InlineData("1988")]
    [InlineData("2101")]
    [InlineData("令和7(2024)年度")]
    public void Parse_NotAYear_IsNull(string? raw)
    {
        Assert.Null(FiscalYear.Parse(raw));
    }

    [Fact]
    public void Parse_Date_IsNull()
    {
        Assert.Null(FiscalYear.Parse(new DateTime(2025, 4, 1)));
    }

    [Fact]
    public void NextPreviousAndAddYears_MoveByWholeYears()
    {
        var year = new FiscalYear(2025);

        Assert.Equal(new FiscalYear(2026), year.Next());
        Assert.Equal(new FiscalYear(2024), year.Previous());
        Assert.Equal(new FiscalYear(2022), year.AddYears(-3));
        Assert.Equal(year, year.Next().Previous());
    }

    [Fact]
    public void Ordering_FollowsTheStartYear()
    {
        var r6 = new FiscalYear(2024);
        var r7 = new FiscalYear(2025);
        var h30 = new FiscalYear(2018);

        Assert.Equal([h30, r6, r7], new[] { r7, h30, r6 }.Order());
        Assert.True(r6 < r7);
        Assert.True(r7 > r6);
        Assert.True(r6 <= new FiscalYear(2024));
        Assert.True(r7 >= r6);
        Assert.False(r7 < r6);
        Assert.True(r6.CompareTo(r7) < 0);
        Assert.Equal(0, r7.CompareTo(new FiscalYear(2025)));
        Assert.Equal(r7, new[] { r6, r7, h30 }.Max());
    }

    [Fact]
    public void Equality_IsByStartYear()
    {
        var set = new HashSet<FiscalYear> { new(2025), new(2025), new(2024) };

        Assert.Equal(2, set.Count);
        Assert.True(new FiscalYear(2025) == new FiscalYear(2025));
        Assert.True(new FiscalYear(2025) != new FiscalYear(2024));
    }

    [Fact]
    public void Json_IsThePlainStartYear()
    {
        Assert.Equal("2025", JsonSerializer.Serialize(new FiscalYear(2025)));
        Assert.Equal(new FiscalYear(2025), JsonSerializer.Deserialize<FiscalYear>("2025"));
    }

    [Fact]
    public void Json_InARecord_RoundTripsAsNumbers()
    {
        var value = new Holder(new FiscalYear(2024), null, [new FiscalYear(2022), new FiscalYear(2023)]);

        var json = JsonSerializer.Serialize(value);
        var back = JsonSerializer.Deserialize<Holder>(json)!;

        Assert.Equal("""{"Year":2024,"Maybe":null,"Years":[2022,2023]}""", json);
        Assert.Equal(value.Year, back.Year);
        Assert.Null(back.Maybe);
        Assert.Equal(value.Years, back.Years);
        Assert.Equal(new FiscalYear(2019), JsonSerializer.Deserialize<Holder>("""{"Year":2024,"Maybe":2019,"Years":[]}""")!.Maybe);
    }

    [Fact]
    public void Json_AsDictionaryKey_IsTheNumberAsText()
    {
        var value = new Dictionary<FiscalYear, int> { [new FiscalYear(2025)] = 1 };

        var json = JsonSerializer.Serialize(value);

        Assert.Equal("""{"2025":1}""", json);
        Assert.Equal(value, JsonSerializer.Deserialize<Dictionary<FiscalYear, int>>(json));
    }

    [Theory]
    [InlineData("\"2025\"")]
    [InlineData("\"令和7年度\"")]
    [InlineData("2025.5")]
    [InlineData("1900")]
    [InlineData("true")]
    public void Json_NotAYearNumber_IsRefused(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FiscalYear>(json));
    }

    private sealed record Holder(FiscalYear Year, FiscalYear? Maybe, IReadOnlyList<FiscalYear> Years);
}
