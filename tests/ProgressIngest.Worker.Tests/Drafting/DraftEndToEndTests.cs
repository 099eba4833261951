using DocumentFormat.OpenXml.Packaging;
using Microsoft.Data.Sqlite;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Drafting;

/// <summary>The bundled samples through <c>once</c>: the master's charts and the draft exist, open, and show the 指標 sheet's numbers.</summary>
public sealed class DraftEndToEndTests : IClassFixture<DraftEndToEndTests.SamplesRun>
{
    private readonly SamplesRun _run;

    public DraftEndToEndTests(SamplesRun run) => _run = run;

    [Fact]
    public void Once_Samples_WritesTheMasterAndTheDraftBesideIt()
    {
        Assert.True(_run.ExitCode == 0, _run.Error);
        Assert.True(File.Exists(_run.Master));
        Assert.Equal("進捗状況報告_令和7年度_案.docx", Path.GetFileName(_run.Draft));
        Assert.True(File.Exists(_run.Draft));
    }

    [Fact]
    public void Once_Samples_MasterAndDraftPassTheOpenXmlValidator()
    {
        Assert.Empty(OfficeFiles.ValidationErrors(_run.Master));
        Assert.Empty(OfficeFiles.ValidationErrors(_run.Draft));
    }

    [Fact]
    public void Once_Samples_EveryFeedbackWorkbookPassesTheOpenXmlValidator()
    {
        var written = Directory.GetFiles(Path.Combine(_run.Root.Path, "inbox"), "*.xlsx", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}feedback{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(written);
        Assert.All(written, f => Assert.Empty(OfficeFiles.ValidationErrors(f).Select(e => $"{Path.GetFileName(f)} {e}")));
    }

    [Fact]
    public void Once_Samples_MasterChartsShowTheIndicatorSheetsNumbers()
    {
        var expected = ChartNumbers.FromIndicatorSheet(_run.Master);
        using var package = SpreadsheetDocument.Open(_run.Master, false);
        var sheet = package.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "指標グラフ");
        var charts = ((WorksheetPart)package.WorkbookPart.GetPartById(sheet.Id!)).DrawingsPart!.ChartParts.ToList();
        var shown = ChartNumbers.FromCharts(charts);

        Assert.Equal(RepoPaths.Catalogue.Indicators.Count, charts.Count);
        Assert.Equal(expected.OrderBy(e => e.Key.ToString()), shown.OrderBy(e => e.Key.ToString()));
    }

    [Fact]
    public void Once_Samples_MasterChartsReferToCellsHoldingTheirNumbersAndBlanksForGaps()
    {
        List<(string Range, IReadOnlyDictionary<int, decimal> Cached)> ranges;
        using (var package = SpreadsheetDocument.Open(_run.Master, false))
        {
            ranges = [.. ChartNumbers.ValueRanges(package.WorkbookPart!.WorksheetParts.Where(w => w.DrawingsPart is not null).SelectMany(w => w.DrawingsPart!.ChartParts))];
        }

        using var workbook = new ClosedXML.Excel.XLWorkbook(_run.Master);
        Assert.Contains(ranges, r => r.Cached.Count < workbook.Range(r.Range).Cells().Count());
        foreach (var (range, cached) in ranges)
        {
            var cells = workbook.Range(range).Cells().ToList();
            for (var i = 0; i < cells.Count; i++)
            {
                Assert.Equal(cached.TryGetValue(i, out var v) ? v : null, cells[i].IsEmpty() ? null : (decimal?)cells[i].GetDouble());
            }
        }
    }

    [Fact]
    public void Once_Samples_DraftChartsShowTheIndicatorSheetsNumbers()
    {
        var expected = ChartNumbers.FromIndicatorSheet(_run.Master);
        using var document = WordprocessingDocument.Open(_run.Draft, false);
        var shown = ChartNumbers.FromCharts(document.MainDocumentPart!.ChartParts);

        Assert.Equal(4, document.MainDocumentPart.ChartParts.Count());
        Assert.NotEmpty(shown);
        Assert.All(shown, s => Assert.Equal(expected[s.Key], s.Value));
        Assert.Equal(expected.Count(e => shown.Keys.Any(k => k.Title == e.Key.Name)), shown.Count);
    }

    [SofficeFact]
    public void Once_Samples_LibreOfficeOpensTheMasterAndTheDraft()
    {
        var output = Path.Combine(_run.Root.Path, "pdf");
        foreach (var file in new[] { _run.Master, _run.Draft })
        {
            var copy = Path.Combine(_run.Root.Path, Path.GetExtension(file) == ".docx" ? "draft.docx" : "master.xlsx");
            File.Copy(file, copy, overwrite: true);
            var pdf = OfficeFiles.ConvertToPdf(copy, output);
            Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, $"LibreOffice could not open {file}");
        }
    }

    /// <summary>One run of <c>once</c> on a copy of the bundled samples, shared by the tests of this class.</summary>
    public sealed class SamplesRun : IDisposable
    {
        public SamplesRun()
        {
            Root.CopySamples();
            (ExitCode, _, Error) = CliRunner.Run("once", "--root", Root.Path);
            Master = Root.MasterFile ?? string.Empty;
            Draft = Directory.GetFiles(Root.MasterDirectory, "*.docx").SingleOrDefault() ?? string.Empty;
        }

        public TempRoot Root { get; } = new();

        public int ExitCode { get; }

        public string Error { get; }

        public string Master { get; }

        public string Draft { get; }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            Root.Dispose();
        }
    }
}
