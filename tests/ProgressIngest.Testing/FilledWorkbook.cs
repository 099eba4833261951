using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Testing;

/// <summary>
/// A division's template, filled in the way people fill it: from the real template writer, so the
/// samples and tests always follow the schemas. Tweaks then plant habits, warnings and errors.
/// </summary>
public sealed class FilledWorkbook : IDisposable
{
    private const int FirstDataRow = 4;

    // ClosedXML keeps reading the stream it was opened from until the workbook is disposed.
    private readonly MemoryStream _source;

    private FilledWorkbook(MemoryStream source)
    {
        _source = source;
        Workbook = new XLWorkbook(source);
    }

    public XLWorkbook Workbook { get; }

    public IXLWorksheet Cover => Workbook.Worksheet(SheetNames.Cover);

    public IXLWorksheet Measures => Workbook.Worksheet(SheetNames.Measures);

    public IXLWorksheet Indicators => Workbook.Worksheet(SheetNames.Indicators);

    /// <summary>A template for the division with every row filled correctly.</summary>
    /// <param name="reportingYear">The fiscal year's start year (2025 for 令和7年度).</param>
    public static FilledWorkbook Create(Catalogue catalogue, string divisionCode, int reportingYear)
    {
        var division = catalogue.FindDivision(divisionCode) ?? throw new ArgumentException($"unknown division {divisionCode}", nameof(divisionCode));
        var template = new MemoryStream();
        TemplateWriter.Write(catalogue, division, new FiscalYear(reportingYear), template);
        template.Position = 0;
        var filled = new FilledWorkbook(template);
        filled.FillAll(catalogue);
        return filled;
    }

    public int MeasureRowOf(string measureId) => RowOf(Measures, MeasureColumns.Id, measureId);

    public int IndicatorRowOf(string indicatorId, string segment)
    {
        var idColumn = ColumnOf(Indicators, IndicatorColumns.Id);
        var segColumn = ColumnOf(Indicators, IndicatorColumns.Segment);
        for (var row = FirstDataRow; row <= LastRow(Indicators); row++)
        {
            if (Indicators.Cell(row, idColumn).GetString() == indicatorId && Indicators.Cell(row, segColumn).GetString() == segment)
            {
                return row;
            }
        }

        throw new InvalidOperationException($"no row for {indicatorId} {segment}");
    }

    public IXLCell MeasureCell(string measureId, ColumnSpec column) => Measures.Cell(MeasureRowOf(measureId), ColumnOf(Measures, column));

    public IXLCell IndicatorCell(string indicatorId, string segment, ColumnSpec column)
        => Indicators.Cell(IndicatorRowOf(indicatorId, segment), ColumnOf(Indicators, column));

    /// <summary>Adds a 指標 row below the last filled one, as a division does for a value the template did not list.</summary>
    public void AddIndicatorRow(string indicatorId, string year, string segment, object value, string? notes = null)
    {
        var row = Indicators.LastRowUsed()!.RowNumber() + 1;
        Indicators.Cell(row, ColumnOf(Indicators, IndicatorColumns.Id)).SetValue(indicatorId);
        Indicators.Cell(row, ColumnOf(Indicators, IndicatorColumns.Year)).SetValue(year);
        Indicators.Cell(row, ColumnOf(Indicators, IndicatorColumns.Segment)).SetValue(segment);
        var cell = Indicators.Cell(row, ColumnOf(Indicators, IndicatorColumns.Value));
        if (value is string text)
        {
            cell.SetValue(text);
        }
        else
        {
            cell.SetValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (notes is not null)
        {
            Indicators.Cell(row, ColumnOf(Indicators, IndicatorColumns.Notes)).SetValue(notes);
        }
    }

    public IXLCell CoverValue(string label)
    {
        foreach (var row in Cover.RowsUsed())
        {
            if (IsCoverLabel(row.Cell(1).GetString(), label))
            {
                return row.Cell(2);
            }
        }

        throw new InvalidOperationException($"no cover label {label}");
    }

    /// <summary>The template marks required cover fields 「※担当者」; the reader ignores the mark.</summary>
    public static bool IsCoverLabel(string text, string label) => text.Replace("※", string.Empty, StringComparison.Ordinal) == label;

    public static int ColumnOf(IXLWorksheet sheet, ColumnSpec column)
    {
        foreach (var cell in sheet.Row(HeaderRow(sheet)).CellsUsed())
        {
            if (cell.GetString() == column.Label)
            {
                return cell.Address.ColumnNumber;
            }
        }

        throw new InvalidOperationException($"no column {column.Label}");
    }

    /// <summary>Swaps two columns' contents, header included: people reorder columns.</summary>
    public static void SwapColumns(IXLWorksheet sheet, int a, int b)
    {
        var last = LastRow(sheet);
        for (var row = 1; row <= last; row++)
        {
            var first = sheet.Cell(row, a).Value;
            var second = sheet.Cell(row, b).Value;
            sheet.Cell(row, a).Value = second;
            sheet.Cell(row, b).Value = first;
        }
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        Workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public void SaveAs(string path) => Workbook.SaveAs(path);

    public void Dispose()
    {
        Workbook.Dispose();
        _source.Dispose();
    }

    private static int HeaderRow(IXLWorksheet sheet)
    {
        for (var row = 1; row <= 40; row++)
        {
            if (sheet.Row(row).CellsUsed().Any(c => c.GetString() is "取り組みID" or "指標ID"))
            {
                return row;
            }
        }

        return 3;
    }

    private static int LastRow(IXLWorksheet sheet) => sheet.LastRowUsed()?.RowNumber() ?? 0;

    private static int RowOf(IXLWorksheet sheet, ColumnSpec column, string id)
    {
        var c = ColumnOf(sheet, column);
        for (var row = HeaderRow(sheet) + 1; row <= LastRow(sheet); row++)
        {
            if (sheet.Cell(row, c).GetString() == id)
            {
                return row;
            }
        }

        throw new InvalidOperationException($"no row for {id}");
    }

    private void FillAll(Catalogue catalogue)
    {
        CoverValue(CoverLabels.SubmittedOn).SetValue(new DateTime(2026, 1, 30, 0, 0, 0, DateTimeKind.Unspecified));
        CoverValue(CoverLabels.Person).SetValue("山田 太郎");
        CoverValue(CoverLabels.Contact).SetValue("内線 1234");

        var idColumn = ColumnOf(Measures, MeasureColumns.Id);
        for (var row = FirstDataRow; row <= LastRow(Measures); row++)
        {
            var id = Measures.Cell(row, idColumn).GetString();
            if (catalogue.FindMeasure(id) is not { } measure)
            {
                continue;
            }

            Measures.Cell(row, ColumnOf(Measures, MeasureColumns.Status)).SetValue("実施中");
            Measures.Cell(row, ColumnOf(Measures, MeasureColumns.Detail)).SetValue(SampleValues.Detail(id, measure.Title));
            Measures.Cell(row, ColumnOf(Measures, MeasureColumns.Issues)).SetValue(SampleValues.Issues);
            Measures.Cell(row, ColumnOf(Measures, MeasureColumns.Plan)).SetValue(SampleValues.Plan);
        }

        var indicatorColumn = ColumnOf(Indicators, IndicatorColumns.Id);
        var segmentColumn = ColumnOf(Indicators, IndicatorColumns.Segment);
        var valueColumn = ColumnOf(Indicators, IndicatorColumns.Value);
        for (var row = FirstDataRow; row <= LastRow(Indicators); row++)
        {
            var id = Indicators.Cell(row, indicatorColumn).GetString();
            if (id.Length > 0)
            {
                Indicators.Cell(row, valueColumn).SetValue(SampleValues.For(id, Indicators.Cell(row, segmentColumn).GetString()));
            }
        }
    }
}
