using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

public class ColumnWidthTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("進捗区分", 8)]
    [InlineData("ＩＤ1", 5)]
    [InlineData("ｱｲｳ", 3)]
    [InlineData("長い行\n短", 6)]
    public void WidestLine_CountsWideCharactersAsTwo(string text, int expected)
        => Assert.Equal(expected, ColumnWidth.WidestLine(text));

    [Fact]
    public void For_ClampsBetweenMinAndMax()
    {
        Assert.Equal(10, ColumnWidth.For(["a"], 10, 60));
        Assert.Equal(60, ColumnWidth.For([new string('あ', 100)], 10, 60));
        Assert.Equal(8 + 2, ColumnWidth.For(["進捗区分", null], 4, 60));
    }

    [Fact]
    public void For_LooksOnlyAtTheSample()
    {
        var texts = Enumerable.Repeat("a", ColumnWidth.SampleSize).Append(new string('x', 50));

        Assert.Equal(6, ColumnWidth.For(texts, 6, 60));
    }
}
