using ClosedXML.Excel;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

public class CellTextTests
{
    [Theory]
    [MemberData(nameof(TrickyText.Cases), MemberType = typeof(TrickyText))]
    public void Set_AnyText_ComesBackAsTheSameText(string text)
    {
        var bytes = Xlsx.Write(s =>
        {
            using var wb = new XLWorkbook();
            CellText.Set(wb.AddWorksheet("s").Cell(1, 1), text);
            wb.SaveAs(s);
        });
        using var wb = Xlsx.Open(bytes);

        TrickyText.AssertText(wb.Worksheet(1).Cell(1, 1), text);
        Assert.Empty(Xlsx.PartsWithFormulas(bytes));
    }

    [Fact]
    public void Set_TextLongerThanExcelAllows_IsCutWithANote()
    {
        using var wb = new XLWorkbook();
        var cell = wb.AddWorksheet("s").Cell(1, 1);

        CellText.Set(cell, new string('あ', 40_000));

        Assert.Equal(CellText.MaxLength, cell.GetString().Length);
        Assert.EndsWith(CellText.TruncatedSuffix, cell.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_LoneSurrogate_IsReplaced()
        => Assert.Equal("a\uFFFDb", CellText.Safe("a\uD800b"));

    [Fact]
    public void Set_Null_LeavesTheCellEmpty()
    {
        using var wb = new XLWorkbook();
        var cell = wb.AddWorksheet("s").Cell(1, 1);

        CellText.Set(cell, null);

        Assert.True(cell.IsEmpty());
    }
}
