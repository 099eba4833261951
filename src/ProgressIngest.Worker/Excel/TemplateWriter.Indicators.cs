using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Worker.Excel;

internal static partial class TemplateWriter
{
    private static readonly XLColor ReferenceText = XLColor.FromHtml("#595959");

    private static void WriteIndicators(IXLWorksheet ws, Catalogue catalogue, FiscalYear reportingYear, Division division, List<Indicator> indicators, IReadOnlyList<HistoryValue> known)
    {
        Title(ws, $"指標（{division.Name}・{reportingYear.Japanese}）");
        CellText.Set(ws.Cell(2, 1), $"灰色の列は記入済みです。編集しないでください。「{IndicatorColumns.Value.Label}」に数値を入力してください（単位は付けません。割合は 53.4 のように入力）。まだ分からない値は「{PendingWord}」と入力してください。");
        var columns = IndicatorColumns.All;
        Header(ws, columns);
        var previousColumn = Column(columns, IndicatorColumns.PreviousValue);

        var row = HeaderRow;
        var blocks = new List<(Indicator Indicator, FiscalYear Year, int First, int Last)>();
        foreach (var indicator in indicators)
        {
            var year = DueYear(indicator, reportingYear);
            var first = row + 1;
            foreach (var segment in indicator.Segments)
            {
                row++;
                CellText.Set(ws.Cell(row, Column(columns, IndicatorColumns.Id)), indicator.Id);
                CellText.Set(ws.Cell(row, Column(columns, IndicatorColumns.Name)), indicator.Name);
                CellText.Set(ws.Cell(row, Column(columns, IndicatorColumns.Year)), year.Japanese);
                CellText.Set(ws.Cell(row, Column(columns, IndicatorColumns.Segment)), segment);
                CellText.Set(ws.Cell(row, Column(columns, IndicatorColumns.Unit)), indicator.Unit);
                ws.Cell(row, Column(columns, IndicatorColumns.Value)).Style.NumberFormat.Format = NumberFormats.ForDecimals(indicator.Decimals);
                var previous = ws.Cell(row, previousColumn);
                if (PreviousYearValues.For(known, indicator.Id, year, segment) is { } value)
                {
                    previous.SetValue(value);
                    previous.Style.NumberFormat.Format = NumberFormats.ForDecimals(indicator.Decimals);
                }
                else
                {
                    CellText.Set(previous, "（なし）");
                }

                TableSheet.FitHeight(ws, row, RowHeight.Lines(indicator.Name, IndicatorColumns.Name.Width));
            }

            blocks.Add((indicator, year, first, row));
        }

        var last = Math.Max(row, HeaderRow + 1);
        Body(ws, columns, last);
        DataRange(ws, previousColumn, last).Style.Font.FontColor = ReferenceText;
        DataRange(ws, Column(columns, IndicatorColumns.Name), last).Style.Alignment.WrapText = true;
        var notes = DataRange(ws, Column(columns, IndicatorColumns.Notes), last);
        notes.Style.Alignment.WrapText = true;
        notes.Style.NumberFormat.Format = "@";
        DataRange(ws, Column(columns, IndicatorColumns.AsOf), last).Style.NumberFormat.Format = NumberFormats.Date;

        ChoiceRule(DataRange(ws, Column(columns, IndicatorColumns.Segment), last), IndicatorColumns.Segment.Label, catalogue.Segments);

        IXLRange Cells(ColumnSpec spec, int first, int lastRow) => ws.Range(first, Column(columns, spec), lastRow, Column(columns, spec));

        foreach (var (indicator, year, first, lastRow) in blocks)
        {
            YearRule(Cells(IndicatorColumns.Year, first, lastRow), [year]);
            ValueRule(Cells(IndicatorColumns.Value, first, lastRow), indicator);
            AsOfRule(Cells(IndicatorColumns.AsOf, first, lastRow), year, year);
        }

        // Rows a division adds below the pre-filled ones: any of its due years, any number.
        var spareFirst = row + 1;
        var spareLast = last + SpareRows;
        var dueYears = DueYears(indicators, reportingYear);
        YearRule(Cells(IndicatorColumns.Year, spareFirst, spareLast), dueYears);
        ValueRule(Cells(IndicatorColumns.Value, spareFirst, spareLast), null);
        AsOfRule(Cells(IndicatorColumns.AsOf, spareFirst, spareLast), dueYears.Min(), dueYears.Max());
    }

    /// <summary>The year an indicator's value is due in this cycle: a year total (lagYears = 1) is due a year late.</summary>
    private static FiscalYear DueYear(Indicator indicator, FiscalYear reportingYear) => reportingYear.AddYears(-indicator.Rules.LagYears);

    /// <summary>Every year the division reports in this cycle, the reporting year first; never a published year that is not due.</summary>
    private static List<FiscalYear> DueYears(IEnumerable<Indicator> indicators, FiscalYear reportingYear)
        => [.. indicators.Select(i => DueYear(i, reportingYear)).Append(reportingYear).Distinct().OrderDescending()];
}
