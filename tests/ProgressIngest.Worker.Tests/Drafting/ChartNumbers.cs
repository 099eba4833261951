using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ProgressIngest.Worker.Tests.Drafting;

/// <summary>Numbers read back independently: what each chart's cache shows, and what the master's 指標 sheet holds.</summary>
internal static class ChartNumbers
{
    /// <summary>(chart title, segment, year label) → value, from every chart part of the package.</summary>
    public static Dictionary<(string Title, string Segment, string Year), decimal> FromCharts(IEnumerable<ChartPart> charts)
    {
        var result = new Dictionary<(string, string, string), decimal>();
        foreach (var chart in charts)
        {
            var space = chart.ChartSpace;
            var title = string.Concat(space.Descendants<C.Title>().Single().Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text));
            foreach (var series in space.Descendants<C.LineChartSeries>())
            {
                var segment = series.SeriesText!.Descendants<C.NumericValue>().Single().Text;
                var years = series.GetFirstChild<C.CategoryAxisData>()!.Descendants<C.StringPoint>().ToDictionary(p => p.Index!.Value, p => p.NumericValue!.Text);
                foreach (var point in series.GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>())
                {
                    result[(title, segment, years[point.Index!.Value])] = decimal.Parse(point.NumericValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        return result;
    }

    /// <summary>Each series' value range (<c>'指標グラフ'!$B$10:$E$10</c>) with its cached points by index.</summary>
    public static IEnumerable<(string Range, IReadOnlyDictionary<int, decimal> Cached)> ValueRanges(IEnumerable<ChartPart> charts)
        => charts.SelectMany(c => c.ChartSpace.Descendants<C.LineChartSeries>()).Select(series =>
        {
            var values = series.GetFirstChild<C.Values>()!;
            var cached = values.Descendants<C.NumericPoint>().ToDictionary(p => (int)p.Index!.Value, p => decimal.Parse(p.NumericValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
            return (values.Descendants<C.Formula>().Single().Text, (IReadOnlyDictionary<int, decimal>)cached);
        });

    /// <summary>
    /// (indicator name, segment, year label) → value, recomputed from the 指標 sheet: a published value
    /// (所属 公表済み) wins, otherwise the accepted value; gap words are not values.
    /// </summary>
    public static Dictionary<(string Name, string Segment, string Year), decimal> FromIndicatorSheet(string masterPath)
    {
        using var workbook = new XLWorkbook(masterPath);
        var sheet = workbook.Worksheet("指標");
        var result = new Dictionary<(string, string, string), decimal>();
        foreach (var row in sheet.RowsUsed().Skip(1).OrderBy(r => r.Cell(7).GetString() == "公表済み" ? 0 : 1))
        {
            var key = (row.Cell(2).GetString(), row.Cell(4).GetString(), FiscalYear.Parse(row.Cell(3).GetString())!.Value.Short);
            if (row.Cell(5).DataType == XLDataType.Number && !result.ContainsKey(key))
            {
                result[key] = (decimal)row.Cell(5).GetDouble();
            }
        }

        return result;
    }
}
