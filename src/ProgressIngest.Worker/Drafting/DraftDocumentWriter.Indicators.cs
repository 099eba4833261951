using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ProgressIngest.Core.Drafting;
using ProgressIngest.Core.Merging;
using ProgressIngest.Worker.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ProgressIngest.Worker.Drafting;

internal sealed partial class DraftDocumentWriter
{
    /// <summary>Chart size in EMU: 15 cm × 8 cm.</summary>
    private const long ChartWidth = 5_400_000;
    private const long ChartHeight = 2_880_000;

    /// <summary>Section 3: per indicator its heading, definition, table, chart and bullets.</summary>
    private void RenderIndicators(IReadOnlyList<IndicatorSection> sections)
    {
        Paragraph(WordStyles.Heading1, WordText.Runs("３ 対応方針に関連する指標"));
        foreach (var section in sections)
        {
            Paragraph(WordStyles.Heading2, WordText.Runs(section.Heading));
            Paragraph(null, WordText.Runs(section.Definition));
            _xml.WriteElement(Table(section.Series));
            Paragraph(null, [ChartRun(++_drawings)]);
            foreach (var observation in section.Observations)
            {
                var bullet = observation.Kind != ObservationKind.Reference;
                var runs = _comments.Around(WordText.Runs((bullet ? "• " : string.Empty) + observation.Text), observation.Notes);
                Paragraph(bullet ? WordStyles.Bullet : WordStyles.Note, runs);
            }
        }
    }

    /// <summary>区分 × R4 … reporting year, each value with its source in a comment; a missing value shows why.</summary>
    private Table Table(IndicatorSeries series)
    {
        const int labelWidth = 1800;
        const int yearWidth = 1200;
        var border = new Func<BorderType>[] { () => new TopBorder(), () => new LeftBorder(), () => new BottomBorder(), () => new RightBorder(), () => new InsideHorizontalBorder(), () => new InsideVerticalBorder() };
        var borders = new TableBorders();
        foreach (var make in border)
        {
            var b = make();
            b.Val = BorderValues.Single;
            b.Size = 4;
            borders.Append(b);
        }

        var table = new Table(
            new TableProperties(new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }, borders, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid([new GridColumn { Width = labelWidth.ToString(CultureInfo.InvariantCulture) }, .. series.Years.Select(_ => new GridColumn { Width = yearWidth.ToString(CultureInfo.InvariantCulture) })]));
        var header = new TableRow(Cell(labelWidth, WordText.Runs("区分", bold: true), shaded: true));
        foreach (var year in series.Years)
        {
            header.Append(Cell(yearWidth, WordText.Runs(year.Short, bold: true), shaded: true, centered: true));
        }

        table.Append(header);
        foreach (var segment in series.Segments)
        {
            var row = new TableRow(Cell(labelWidth, WordText.Runs(segment)));
            foreach (var year in series.Years)
            {
                var text = series.Value(segment, year) is { } v ? series.Number(v) : series.GapOf(segment, year)!.Value.Japanese();
                row.Append(Cell(yearWidth, _comments.Around(WordText.Runs(text), [series.Cite(segment, year)]), right: true));
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, bool shaded = false, bool centered = false, bool right = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DDEBF7" });
        }

        var paragraph = new Paragraph();
        if (centered || right)
        {
            paragraph.Append(new ParagraphProperties(new Justification { Val = centered ? JustificationValues.Center : JustificationValues.Right }));
        }

        paragraph.Append(content);
        return new TableCell(properties, paragraph);
    }

    /// <summary>
    /// A native chart (relationship rIdChart<paramref name="id"/>) with its data in an embedded workbook.
    /// Added before the body is written: a write-only package writes one part at a time.
    /// </summary>
    private static void AddChart(DocxPackage package, IndicatorSection section, int id)
    {
        var series = section.Series;
        var rows = series.Segments.Select(s => (s, (IReadOnlyList<decimal?>)[.. series.Years.Select(y => series.Value(s, y))])).ToList();
        var spec = LineChartSpec.ForTable(series.Indicator.Name, series.Years, rows, section.Axis, series.Indicator.Decimals, ChartWorkbook.Sheet, 1);
        package.AddChart(id, LineChart.Build(spec, "rIdData"), ChartWorkbook.Write(series.Years, rows, series.Indicator.Decimals));
    }

    /// <summary>The chart added as rIdChart<paramref name="id"/>, inline in a run.</summary>
    private static Run ChartRun(uint id)
    {
        return new Run(new Drawing(new Dw.Inline(
            new Dw.Extent { Cx = ChartWidth, Cy = ChartHeight },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = id, Name = $"グラフ {id}" },
            new Dw.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = $"rIdChart{id}" }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        }));
    }
}
