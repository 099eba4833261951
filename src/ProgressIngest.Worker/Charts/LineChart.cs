using System.Globalization;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ProgressIngest.Worker.Charts;

/// <summary>
/// A native DrawingML line chart (the same part in a workbook and in a Word document): each series keeps
/// its cell references and a cache of its values, so Excel, Word and LibreOffice draw it without
/// recalculating, and 「データの編集」 finds the table it came from.
/// </summary>
internal static class LineChart
{
    private const uint CategoryAxisId = 1;
    private const uint ValueAxisId = 2;

    /// <summary>全体, 本庁等, 区役所 in the colours office charts use first.</summary>
    private static readonly string[] Colours = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

    /// <param name="externalDataId">Relationship id of an embedded workbook holding the data (Word); null in a workbook.</param>
    public static C.ChartSpace Build(LineChartSpec spec, string? externalDataId = null)
    {
        var lineChart = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        for (var i = 0; i < spec.Series.Count; i++)
        {
            lineChart.Append(Series(spec, i));
        }

        lineChart.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        var chart = new C.Chart(
            Title(spec.Title),
            new C.AutoTitleDeleted { Val = false },
            new C.PlotArea(new C.Layout(), lineChart, CategoryAxis(), ValueAxis(spec)),
            new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "ja-JP" },
            new C.RoundedCorners { Val = false },
            chart,
            TextProperties(900, bold: false));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        if (externalDataId is not null)
        {
            space.Append(new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = externalDataId });
        }

        return space;
    }

    private static C.LineChartSeries Series(LineChartSpec spec, int index)
    {
        var series = spec.Series[index];
        var colour = Colours[index % Colours.Length];
        var values = new C.NumberingCache(new C.FormatCode(spec.NumberFormat), new C.PointCount { Val = (uint)series.Values.Count });
        for (var p = 0; p < series.Values.Count; p++)
        {
            if (series.Values[p] is { } v)
            {
                values.Append(new C.NumericPoint(new C.NumericValue(v.ToString(CultureInfo.InvariantCulture))) { Index = (uint)p });
            }
        }

        return new C.LineChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            new C.SeriesText(new C.StringReference(new C.Formula(series.NameRef), Strings([series.Name]))),
            new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })) { Width = 28575 }),
            new C.Marker(
                new C.Symbol { Val = C.MarkerStyleValues.Circle },
                new C.Size { Val = 6 },
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour }), new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })))),
            new C.DataLabels(
                new C.NumberingFormat { FormatCode = spec.NumberFormat, SourceLinked = false },
                new C.DataLabelPosition { Val = index == spec.Series.Count - 1 && spec.Series.Count > 1 ? C.DataLabelPositionValues.Bottom : C.DataLabelPositionValues.Top },
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }),
            new C.CategoryAxisData(new C.StringReference(new C.Formula(spec.CategoriesRef), Strings(spec.Categories))),
            new C.Values(new C.NumberReference(new C.Formula(series.ValuesRef), values)),
            new C.Smooth { Val = false });
    }

    private static C.StringCache Strings(IReadOnlyList<string> texts)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)texts.Count });
        for (var i = 0; i < texts.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(texts[i])) { Index = (uint)i });
        }

        return cache;
    }

    private static C.CategoryAxis CategoryAxis()
        => new(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis ValueAxis(LineChartSpec spec)
        => new(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(
                new C.Orientation { Val = C.OrientationValues.MinMax },
                new C.MaxAxisValue { Val = (double)spec.Axis.Maximum },
                new C.MinAxisValue { Val = (double)spec.Axis.Minimum }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })))),
            new C.NumberingFormat { FormatCode = spec.NumberFormat, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between },
            new C.MajorUnit { Val = (double)spec.Axis.Step });

    private static C.Title Title(string text)
        => new(
            new C.ChartText(new C.RichText(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(Font(new A.DefaultRunProperties { FontSize = 1100, Bold = true })),
                    new A.Run(Font(new A.RunProperties { Language = "ja-JP", FontSize = 1100, Bold = true }), new A.Text(text))))),
            new C.Overlay { Val = false });

    private static C.TextProperties TextProperties(int size, bool bold)
        => new(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(new A.ParagraphProperties(Font(new A.DefaultRunProperties { FontSize = size, Bold = bold })), new A.EndParagraphRunProperties { Language = "ja-JP" }));

    /// <summary>A Japanese font for the chart's text, so Excel and Word do not fall back to a font without kana.</summary>
    private static T Font<T>(T properties)
        where T : OpenXmlCompositeElement
    {
        properties.Append(new A.LatinFont { Typeface = ChartFont }, new A.EastAsianFont { Typeface = ChartFont });
        return properties;
    }

    public const string ChartFont = "游ゴシック";
}
