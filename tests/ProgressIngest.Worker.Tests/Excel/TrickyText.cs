using ClosedXML.Excel;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>Text a submitter may type that spreadsheet software would like to turn into something else.</summary>
public static class TrickyText
{
    public static TheoryData<string> Cases { get; } = new(
        "=1+1",
        "=HYPERLINK(\"http://x\")",
        "+CMD",
        "-2+3",
        "@SUM(1)",
        "001234",
        "2024/1/31",
        "TRUE",
        "1e5",
        "12:30",
        "＝１＋１",
        "\tタブ",
        "改行\nあり",
        "制御\u0001文字");

    internal static void AssertText(IXLCell cell, string expected)
    {
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.False(cell.HasFormula);
        Assert.Equal(expected, cell.GetString());
        Assert.Equal(CellText.NeedsQuotePrefix(expected), cell.Style.IncludeQuotePrefix);
    }
}
