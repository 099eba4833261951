using System.Text;
using ClosedXML.Excel;
using ExcelDataReader;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Parsing;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Testing.Workload;

/// <summary>
/// The pipeline's stages and the bare-minimum baselines, callable one at a time so the benchmark can
/// run each in its own process (peak memory per stage) or under BenchmarkDotNet. Each does the same
/// work as the service for that stage, and nothing else.
/// </summary>
public static class PipelineStages
{
    static PipelineStages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Generous limits for the big workbook, which the service's defaults (20,000 rows) refuse by design.</summary>
    private static readonly ReadLimits BigLimits = ReadLimits.Default with
    {
        MaxFileBytes = 1L << 30,
        MaxUncompressedBytes = 8L << 30,
        MaxSharedStringsBytes = 4L << 30,
        MaxRowsPerSheet = 1_000_000,
    };

    public static IReadOnlyList<string> Files(string workload)
        => [.. Directory.EnumerateFiles(WorkloadGenerator.Inbox(workload), "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    public static Catalogue LoadCatalogue(string workload)
        => Worker.Files.CatalogueFiles.Load(SyntheticCatalogue.SchemasDirectory(workload), SyntheticCatalogue.SeedsDirectory(workload));

    /// <summary>Baseline (a): ExcelDataReader reads every cell of every sheet, and nothing else.</summary>
    public static long BareRead(string file)
    {
        using var stream = File.OpenRead(file);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        long cells = 0;
        do
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is not null)
                    {
                        cells++;
                    }
                }
            }
        }
        while (reader.NextResult());
        return cells;
    }

    /// <summary>The service's read: zip preflight, error-cell scan, every sheet into a raw workbook.</summary>
    public static int Read(string file, bool big = false)
        => ExcelWorkbookReader.Read(File.ReadAllBytes(file), big ? BigLimits : ReadLimits.Default).Sheets.Sum(s => s.Rows.Count);

    /// <summary>Read, normalise and validate one file against the baseline history, as <c>validate</c> does.</summary>
    public static IngestReport Check(string file, Catalogue catalogue, IndicatorHistory history, bool big = false)
    {
        var division = catalogue.FindDivision(Path.GetFileName(Path.GetDirectoryName(file))!)!;
        return SubmissionFile.Check(File.ReadAllBytes(file), new SubmissionContext(catalogue, division, SyntheticCatalogue.ReportingYear, history), big ? BigLimits : ReadLimits.Default);
    }

    public static IndicatorHistory BaselineHistory(Catalogue catalogue) => IndicatorHistory.FromBaseline(catalogue);

    /// <summary>The feedback the service writes for one checked file: the report workbook, plus the annotated copy when findings point at cells.</summary>
    public static void Feedback(string file, IngestReport report, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var name = Path.GetFileName(file);
        var division = Path.GetFileName(Path.GetDirectoryName(file))!;
        string? note = null;
        if (report.Findings.Any(f => f.Cell is not null))
        {
            using var original = File.OpenRead(file);
            using var buffer = new MemoryStream();
            note = AnnotatedCopyWriter.TryWrite(original, report.Findings, buffer);
            if (note is null)
            {
                File.WriteAllBytes(Path.Combine(outputDirectory, FeedbackNames.AnnotatedCopy(name)), buffer.ToArray());
                note = "指摘箇所に色とコメントを付けたコピーを置きました。";
            }
        }

        var input = new FeedbackInput(division, division, name, DateTimeOffset.UnixEpoch, report.Outcome, report.Findings, [], note);
        using var output = File.Create(Path.Combine(outputDirectory, FeedbackNames.Report(name)));
        FeedbackWriter.Write(input, output);
    }

    /// <summary>The annotated copy of one file, in memory.</summary>
    public static long AnnotatedCopy(string file, IReadOnlyList<Finding> findings)
    {
        using var original = File.OpenRead(file);
        using var buffer = new MemoryStream();
        return AnnotatedCopyWriter.TryWrite(original, findings, buffer) is null ? buffer.Length : 0;
    }

    /// <summary>The zip part holding the named sheet.</summary>
    public static string SheetPart(byte[] xlsx, string sheetName)
        => SheetXml.Read(new MemoryStream(xlsx), long.MaxValue).First(s => s.Name == sheetName).Part;

    /// <summary>Master rebuild as the publisher does it after a run: the ledger's records, the model, the workbook.</summary>
    public static int MasterFromLedger(string root, Catalogue catalogue, string output)
    {
        using var ledger = SubmissionLedger.Open(Path.Combine(root, "state", "ledger.db"));
        var records = ledger.Processed(SyntheticCatalogue.ReportingYear);
        return WriteMaster(catalogue, records, output);
    }

    /// <summary>The report draft (.docx) as the publisher writes it after the master: the ledger's records, the model, the document.</summary>
    public static int DraftFromLedger(string root, Catalogue catalogue, string output)
    {
        using var ledger = SubmissionLedger.Open(Path.Combine(root, "state", "ledger.db"));
        var model = MasterBuilder.Build(catalogue, SyntheticCatalogue.ReportingYear, ledger.Processed(SyntheticCatalogue.ReportingYear));
        var draft = Core.Drafting.DraftBuilder.Build(catalogue, model);
        using (var stream = File.Create(output))
        {
            Worker.Drafting.DraftDocumentWriter.Write(draft, stream);
        }

        return model.Progress.Count + model.Indicators.Count;
    }

    /// <summary>
    /// The master of the big workbook's 100,000 rows: a workbook of one division can only contribute 60
    /// distinct measures, so its rows are dealt to the registry's divisions 60 at a time, as if each
    /// had sent that slice. The master then carries every row, like the bare merge does.
    /// </summary>
    public static int MasterOfBig(string file, Catalogue catalogue, string output)
    {
        var submission = SubmissionParser.Parse(ExcelWorkbookReader.Read(File.ReadAllBytes(file), BigLimits), catalogue);
        var records = new List<SubmissionRecord>();
        var chunk = catalogue.Measures.Count;
        var received = new DateTimeOffset(2026, 1, 30, 9, 0, 0, TimeSpan.FromHours(9));
        for (var start = 0; start < submission.Measures.Count; start += chunk)
        {
            var division = catalogue.Divisions[(start / chunk) % catalogue.Divisions.Count];
            // Indicators once only, so the master carries the same rows as the bare merge writes.
            var slice = submission with { Measures = [.. submission.Measures.Skip(start).Take(chunk)], Indicators = start == 0 ? submission.Indicators : [] };
            records.Add(new SubmissionRecord(records.Count + 1, division.Code, Path.GetFileName(file), "bench", received, Outcome.Accepted, [], AcceptedData.From(slice, new SubmissionContext(catalogue, division, FiscalYear.Of(DateOnly.FromDateTime(received.DateTime)), IndicatorHistory.Empty))));
        }

        return WriteMaster(catalogue, records, output);
    }

    private static int WriteMaster(Catalogue catalogue, IReadOnlyList<SubmissionRecord> records, string output)
    {
        var model = MasterBuilder.Build(catalogue, SyntheticCatalogue.ReportingYear, records);
        using (var stream = File.Create(output))
        {
            MasterWriter.Write(model, stream);
        }

        return model.Progress.Count + model.Indicators.Count + model.Findings.Count;
    }

    /// <summary>
    /// Baseline (b): what a bare merge does — ExcelDataReader reads the two data sheets of every file,
    /// ClosedXML writes every row under a header, no validation, no styles, no feedback.
    /// </summary>
    public static int BareMerge(IReadOnlyList<string> files, string output)
    {
        using var workbook = new XLWorkbook();
        var sheets = new Dictionary<string, (IXLWorksheet Sheet, int Row)>(StringComparer.Ordinal)
        {
            [SheetNames.Measures] = (workbook.AddWorksheet(SheetNames.Measures), 1),
            [SheetNames.Indicators] = (workbook.AddWorksheet(SheetNames.Indicators), 1),
        };
        var total = 0;
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            do
            {
                if (reader.Name is not { } name || !sheets.TryGetValue(name, out var target))
                {
                    continue;
                }

                var rowNumber = 0;
                while (reader.Read())
                {
                    // The template's header is row 3: the title rows and the header are not data.
                    if (++rowNumber <= 3)
                    {
                        continue;
                    }

                    if (reader.GetValue(0) is null)
                    {
                        continue;
                    }

                    target.Row++;
                    target.Sheet.Cell(target.Row, 1).SetValue(Path.GetFileName(file));
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        switch (reader.GetValue(i))
                        {
                            case null:
                                break;
                            case double d:
                                target.Sheet.Cell(target.Row, i + 2).SetValue(d);
                                break;
                            case var v:
                                target.Sheet.Cell(target.Row, i + 2).SetValue(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture));
                                break;
                        }
                    }

                    total++;
                }

                sheets[name] = target;
            }
            while (reader.NextResult());
        }

        workbook.SaveAs(output);
        return total;
    }

    /// <summary>Rule IDs of a report, for checking the planted ones were found.</summary>
    public static IReadOnlySet<string> RuleIdsOf(IngestReport report) => report.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);

    public static int Errors(IngestReport report) => report.Findings.Count(f => f.Severity == Severity.Error);
}
