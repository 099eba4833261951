using System.IO.Compression;
using ClosedXML.Excel;
using ExcelDataReader;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>What the streamed master must guarantee beyond the content <see cref="MasterWriterTests"/> checks.</summary>
public class MasterStreamingTests
{
    private static readonly FiscalYear Year = new(2025);
    private const int ProgressRows = 100_000;
    private static readonly DateTimeOffset AsOf = new(2026, 2, 2, 0, 30, 0, TimeSpan.Zero);

    static MasterStreamingTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    private static ProgressRow Progress(int i) => new(
        $"柱{i % 3}",
        $"分野{i % 7}",
        $"1-{i % 3 + 1}-{i % 60 + 1:00}",
        "短期",
        $"取り組み{i % 60}",
        $"m{i / 60:0000}",
        i % 5 == 0 ? MasterWriter.NotReported : "実施中",
        i % 1000 == 7 ? $"=SUM({i})" : $"行{i}の実績。" + new string('あ', i % 90),
        i % 2 == 0 ? "課題なし" : string.Empty,
        "継続",
        string.Empty,
        $"m{i / 60:0000}.xlsx 取り組み進捗!E{i % 60 + 4}");

    private static MasterModel Model(int progressRows, params string[] notes)
        => new(
            Year,
            [new StatusRow("m0001", "南山市", "提出済", "m0001.xlsx", AsOf, "受理", 0, 1, "m0001.xlsx"), new StatusRow("m0002", "北山市", MasterWriter.NotSubmitted, null, null, null, 0, 0, null)],
            [.. Enumerable.Range(0, progressRows).Select(Progress)],
            [.. notes.Select((n, i) => new IndicatorRow("OT-HOURS", "時間外勤務", Year, "全体", 190.25m + i, "時間", "m0001", "m0001.xlsx", n))],
            [new OpenFindingRow("m0001", "m0001.xlsx", Finding.At(new CellRef("指標", 5, 5), RuleIds.ValueSoftHigh, "値", "999", "大きすぎます", "確認してください"))],
            []);

    [Fact]
    public void Write_HundredThousandRows_EveryRowReadsBackAndNoSheetHoldsAFormula()
    {
        var model = Model(ProgressRows, "備考");
        var bytes = Xlsx.Write(s => MasterWriter.Write(model, s));

        var rows = new List<object?[]>();
        using (var reader = ExcelReaderFactory.CreateReader(new MemoryStream(bytes)))
        {
            do
            {
                if (reader.Name == MasterWriter.ProgressSheet)
                {
                    while (reader.Read())
                    {
                        var values = new object?[reader.FieldCount];
                        for (var c = 0; c < values.Length; c++)
                        {
                            values[c] = reader.GetValue(c);
                        }

                        rows.Add(values);
                    }
                }
            }
            while (reader.NextResult());
        }

        Assert.Equal(ProgressRows + 1, rows.Count);
        Assert.Equal("柱", rows[0][0]);
        foreach (var i in new[] { 0, 1, 7, 59, 1007, 54_321, ProgressRows - 1 })
        {
            var expected = Progress(i);
            var row = rows[i + 1];
            Assert.Equal(expected.MeasureId, row[2]);
            Assert.Equal(expected.Division, row[5]);
            Assert.Equal(expected.Status, row[6]);
            Assert.Equal(expected.Detail, row[7]);
            Assert.Equal(expected.Issues.Length == 0 ? null : expected.Issues, row[8]);
            Assert.Equal(expected.Source, row[11]);
        }

        Assert.Empty(Xlsx.PartsWithFormulas(bytes));
        Assert.Contains("xl/sharedStrings.xml", Xlsx.Entries(bytes));
    }

    [Fact]
    public void Write_LargeModel_ClosedXmlSeesTheTableFrozenHeaderStylesAndQuotedFormulaText()
    {
        var bytes = Xlsx.Write(s => MasterWriter.Write(Model(3_000), s));
        using var wb = Xlsx.Open(bytes);
        var ws = wb.Worksheet(MasterWriter.ProgressSheet);

        var table = Assert.Single(ws.Tables);
        Assert.Equal("A1:L3001", table.RangeAddress.ToString());
        Assert.Equal(1, ws.SheetView.SplitRow);
        Assert.True(ws.Column(8).Style.Alignment.WrapText);
        Assert.Equal(XLAlignmentVerticalValues.Top, ws.Cell(2, 3).Style.Alignment.Vertical);
        var formulaLike = ws.Cell(1007 + 2, 8);
        Assert.Equal("=SUM(1007)", formulaLike.GetString());
        Assert.True(formulaLike.Style.IncludeQuotePrefix);
        Assert.False(formulaLike.HasFormula);
        Assert.False(ws.Cell(2, 8).Style.IncludeQuotePrefix);
        Assert.Equal(Enum.GetValues<Gap>().Length, ws.ConditionalFormats.Count());
    }

    [Fact]
    public void Write_LongWrappedText_RowTallerThanOneLineAndHeaderRepeatedOnPrint()
    {
        var bytes = Xlsx.Write(s => MasterWriter.Write(Model(100), s));
        using var wb = Xlsx.Open(bytes);
        var ws = wb.Worksheet(MasterWriter.ProgressSheet);

        Assert.Equal(RowHeight.For(RowHeight.Lines(Progress(89).Detail, ws.Column(8).Width)), ws.Row(89 + 2).Height, 1);
        Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, ws.PageSetup.PaperSize);
        Assert.Equal(1, ws.PageSetup.FirstRowToRepeatAtTop);
    }

    [Fact]
    public void Write_Properties_TitleAuthorAndTimeFromTheModel()
    {
        using var wb = Xlsx.Open(Xlsx.Write(s => MasterWriter.Write(Model(1), s)));

        Assert.Equal("令和7年度 進捗状況 集約", wb.Properties.Title);
        Assert.Equal(WorkbookStamp.Author, wb.Properties.Author);
        Assert.Equal(AsOf.UtcDateTime, wb.Properties.Created.ToUniversalTime());
    }

    /// <remarks>
    /// ExcelDataReader (the project's reader) must return the text exactly. ClosedXML 0.95.4 decodes
    /// <c>_x005F_x0041_</c> (the standard escape of a typed "_x0041_", which ClosedXML itself writes) as "A",
    /// so through ClosedXML the master must read like a workbook ClosedXML wrote.
    /// </remarks>
    [Theory]
    [InlineData("制御\u0001文字\u001F")]
    [InlineData("_x0041_ は A ではない")]
    [InlineData("_X0041_ と _x004a_")]
    [InlineData("末尾\uFFFF")]
    [InlineData(" 前後の空白 ")]
    [InlineData("絵文字😀と\U00020B9F")]
    public void Write_TextXmlCannotHoldOrThatLooksEscaped_ReadsBackExactlyAndLikeClosedXmlsOwn(string note)
    {
        var bytes = Xlsx.Write(s => MasterWriter.Write(Model(1, note), s));

        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(bytes));
        while (reader.Name != MasterWriter.IndicatorSheet)
        {
            Assert.True(reader.NextResult());
        }

        reader.Read();
        reader.Read();
        Assert.Equal(note, reader.GetValue(8));

        using var wb = Xlsx.Open(bytes);
        var ws = wb.Worksheet(MasterWriter.IndicatorSheet);
        Assert.Equal(ClosedXmlRoundTrip(note), ws.Cell(2, Xlsx.Find(ws, "備考").Column).GetString());
    }

    private static string ClosedXmlRoundTrip(string text)
    {
        var bytes = Xlsx.Write(s =>
        {
            using var own = new XLWorkbook();
            own.AddWorksheet("a").Cell(1, 1).SetValue<string>(text);
            own.SaveAs(s);
        });
        using var wb = Xlsx.Open(bytes);
        return wb.Worksheet(1).Cell(1, 1).GetString();
    }

    [Fact]
    public void Write_Package_EveryPartWrittenOnceAndNoFormulaElementAnywhere()
    {
        var bytes = Xlsx.Write(s => MasterWriter.Write(Model(10, "=1+1"), s));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);

        Assert.Equal(zip.Entries.Count, zip.Entries.Select(e => e.FullName).Distinct().Count());
        Assert.Equal(9, zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)));
        Assert.Equal(6, zip.Entries.Count(e => e.FullName.StartsWith("xl/tables/", StringComparison.Ordinal)));
        Assert.Empty(Xlsx.PartsWithFormulas(bytes));
    }
}
