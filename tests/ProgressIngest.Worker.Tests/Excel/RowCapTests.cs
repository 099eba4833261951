using System.Text;
using System.Xml.Linq;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

public class RowCapTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static byte[] Sheet(string prefix, IEnumerable<string> rows)
    {
        var p = prefix.Length == 0 ? string.Empty : prefix + ":";
        var ns = prefix.Length == 0 ? "xmlns" : "xmlns:" + prefix;
        return Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><{p}worksheet {ns}=\"{Main}\"><{p}sheetData>{string.Concat(rows)}</{p}sheetData><{p}mergeCells count=\"1\"><{p}mergeCell ref=\"A1:B1\"/></{p}mergeCells></{p}worksheet>");
    }

    private static IEnumerable<string> ValueRows(string p, int from, int to)
        => Enumerable.Range(from, to - from + 1).Select(r => $"<{p}row r=\"{r}\" spans=\"1:2\"><{p}c r=\"A{r}\"><{p}v>{r}</{p}v></{p}c></{p}row>");

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    public void Cut_RowsWithDataBeyondTheCap_KeepsTheRowsUpToTheCapAndEverythingAfterTheCells(string prefix)
    {
        var p = prefix.Length == 0 ? string.Empty : prefix + ":";
        var cut = RowCap.Cut(Sheet(prefix, ValueRows(p, 1, 30)), 20);

        Assert.NotNull(cut);
        Assert.True(cut.Value.DataCut);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(cut.Value.Xml));
        Assert.Equal(20, xml.Descendants(XName.Get("row", Main)).Count());
        Assert.Single(xml.Descendants(XName.Get("mergeCell", Main)));
    }

    [Fact]
    public void Cut_OnlyFormattedRowsBeyondTheCap_CutButNoDataLost()
    {
        var formatted = Enumerable.Range(21, 1000).Select(r => $"<row r=\"{r}\" s=\"1\" customFormat=\"1\"/>");
        var cut = RowCap.Cut(Sheet(string.Empty, ValueRows(string.Empty, 1, 5).Concat(formatted)), 20);

        Assert.NotNull(cut);
        Assert.False(cut.Value.DataCut);
    }

    [Fact]
    public void Cut_RowsWithoutNumbers_CountedInOrder()
    {
        var rows = Enumerable.Range(1, 25).Select(r => $"<row><c><v>{r}</v></c></row>");
        var cut = RowCap.Cut(Sheet(string.Empty, rows), 20);

        Assert.NotNull(cut);
        Assert.Equal(20, XDocument.Parse(Encoding.UTF8.GetString(cut.Value.Xml)).Descendants(XName.Get("row", Main)).Count());
    }

    [Fact]
    public void Cut_LastRowWithinTheCap_NothingToCut()
        => Assert.Null(RowCap.Cut(Sheet(string.Empty, ValueRows(string.Empty, 1, 20)), 20));

    [Theory]
    [InlineData("<c r=\"A1\" t=\"e\"><v>#REF!</v></c>", true)]
    [InlineData("<x:c r=\"A1\"><x:f>SUM(B1:B2)</x:f></x:c>", true)]
    [InlineData("<c r=\"A1\"><f t=\"shared\" si=\"0\"/></c>", true)]
    [InlineData("<dataValidation><formula1>\"a,b\"</formula1></dataValidation><c r=\"A1\" t=\"s\"><v>0</v></c>", false)]
    public void MayHaveErrorsOrFormulas_ByteSearch_FindsEveryErrorAndFormulaCell(string cells, bool expected)
        => Assert.Equal(expected, ErrorCellScanner.MayHaveErrorsOrFormulas(Encoding.UTF8.GetBytes($"<worksheet xmlns:x=\"{Main}\"><sheetData>{cells}</sheetData></worksheet>")));
}
