using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Writes the blank submission workbook for one division (DESIGN.md §3): 表紙, 取り組み進捗, 指標
/// and 記入方法. Labels come from Core.Layout because the reader finds headers by them.
/// </summary>
internal static partial class TemplateWriter
{
    private const int HeaderRow = 3;

    /// <summary>Rows below the pre-filled ones that still get drop-downs and borders, for values a division adds.</summary>
    private const int SpareRows = 10;

    /// <summary>The first fiscal year the policy's indicators have values for (令和4年度).</summary>
    private const int FirstListedYear = 2022;

    public static void Write(Catalogue catalogue, Division division, int reportingYear, Stream output)
    {
        var measures = catalogue.Measures.Where(m => division.Measures.Contains(m.Id)).ToList();
        var indicators = catalogue.Indicators.Where(i => division.Indicators.Contains(i.Id)).ToList();

        using var workbook = new XLWorkbook();
        WriteCover(workbook.AddWorksheet(SheetNames.Cover), catalogue, division, reportingYear);
        WriteMeasures(workbook.AddWorksheet(SheetNames.Measures), division, reportingYear, measures);
        WriteIndicators(workbook.AddWorksheet(SheetNames.Indicators), catalogue, division, reportingYear, indicators);
        WriteGuide(workbook.AddWorksheet(SheetNames.Guide), catalogue, division, reportingYear, measures, indicators);
        workbook.Worksheet(SheetNames.Cover).SetTabActive();
        WorkbookStamp.Apply(workbook, $"{FiscalYearParser.JapaneseLabel(reportingYear)} 進捗状況報告（{division.Name}）", null);
        workbook.SaveAs(output);
    }

    private static void WriteCover(IXLWorksheet ws, Catalogue catalogue, Division division, int reportingYear)
    {
        var year = FiscalYearParser.JapaneseLabel(reportingYear);
        Title(ws, $"{year} 対応方針 進捗状況報告");
        CellText.Set(ws.Cell(2, 1), "灰色のセルは編集しないでください。白いセル（提出日・担当者・連絡先）に入力してください。");

        (string Label, string? Value)[] rows =
        [
            (CoverLabels.DivisionCode, division.Code),
            (CoverLabels.DivisionName, division.Name),
            (CoverLabels.ReportingYear, year),
            (CoverLabels.SubmittedOn, null),
            (CoverLabels.Person, null),
            (CoverLabels.Contact, null),
            (CoverLabels.TemplateVersion, Vocabulary.TemplateVersion),
            (CoverLabels.CatalogueHash, catalogue.Hash),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = HeaderRow + i;
            CellText.Set(ws.Cell(row, 1), rows[i].Label);
            CellText.Set(ws.Cell(row, 2), rows[i].Value);
            if (rows[i].Value is not null)
            {
                ws.Cell(row, 2).Style.Fill.BackgroundColor = Palette.Prefilled;
            }
        }

        var last = HeaderRow + rows.Length - 1;
        var labels = ws.Range(HeaderRow, 1, last, 1);
        labels.Style.Font.Bold = true;
        labels.Style.Fill.BackgroundColor = Palette.Prefilled;
        var table = ws.Range(HeaderRow, 1, last, 2);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;

        var submittedOn = ws.Cell(HeaderRow + Array.FindIndex(rows, r => r.Label == CoverLabels.SubmittedOn), 2);
        submittedOn.Style.NumberFormat.Format = NumberFormats.Date;

        CellText.Set(ws.Cell(last + 2, 1), "提出日は 2025/1/31 の形で入力してください。記入のしかたは「記入方法」シートにあります。");
        ws.Column(1).Width = 16;
        ws.Column(2).Width = 40;
        PrintSetup.Landscape(ws);
    }

    private static void WriteMeasures(IXLWorksheet ws, Division division, int reportingYear, List<Measure> measures)
    {
        Title(ws, $"取り組み進捗（{division.Name}・{FiscalYearParser.JapaneseLabel(reportingYear)}）");
        CellText.Set(ws.Cell(2, 1), "灰色の列は記入済みです。編集しないでください。白い列に入力してください。");
        var columns = MeasureColumns.All;
        Header(ws, columns);

        for (var i = 0; i < measures.Count; i++)
        {
            var row = HeaderRow + 1 + i;
            CellText.Set(ws.Cell(row, Column(columns, MeasureColumns.Id)), measures[i].Id);
            CellText.Set(ws.Cell(row, Column(columns, MeasureColumns.Title)), measures[i].Title);
            CellText.Set(ws.Cell(row, Column(columns, MeasureColumns.Horizon)), measures[i].Horizon ?? string.Empty);
            TableSheet.FitHeight(ws, row, RowHeight.Lines(measures[i].Title, MeasureColumns.Title.Width));
        }

        var last = HeaderRow + Math.Max(measures.Count, 1);
        Body(ws, columns, last);
        foreach (var spec in new[] { MeasureColumns.Title, MeasureColumns.Detail, MeasureColumns.Issues, MeasureColumns.Plan, MeasureColumns.Notes })
        {
            DataRange(ws, Column(columns, spec), last).Style.Alignment.WrapText = true;
        }

        var status = DataRange(ws, Column(columns, MeasureColumns.Status), last).SetDataValidation();
        status.List(ListFormula(Vocabulary.Statuses), true);
        status.ErrorStyle = XLErrorStyle.Stop;
        status.ShowErrorMessage = true;
        status.ErrorTitle = "進捗区分";
        status.ErrorMessage = $"進捗区分は一覧から選んでください（{string.Join("・", Vocabulary.Statuses)}）。";
    }

    private static void WriteIndicators(IXLWorksheet ws, Catalogue catalogue, Division division, int reportingYear, List<Indicator> indicators)
    {
        Title(ws, $"指標（{division.Name}・{FiscalYearParser.JapaneseLabel(reportingYear)}）");
        CellText.Set(ws.Cell(2, 1), "灰色の列は記入済みです。編集しないでください。「値」に数値を入力してください（単位は付けません。割合は 53.4 のように入力）。");
        var columns = IndicatorColumns.All;
        Header(ws, columns);

        var row = HeaderRow;
        foreach (var indicator in indicators)
        {
            var year = FiscalYearParser.JapaneseLabel(reportingYear - indicator.Rules.LagYears);
            foreach (var segment in indicator.Segments)
            {
                row++;
                CellText.Set(ws.Cell(row, Column(columns, IndicatorColumns.Id)), indicator.Id);
                CellText.Set(ws.Cell(row, Column(columns, IndicatorColumns.Name)), indicator.Name);
                CellText.Set(ws.Cell(row, Column(columns, IndicatorColumns.Year)), year);
                CellText.Set(ws.Cell(row, Column(columns, IndicatorColumns.Segment)), segment);
                CellText.Set(ws.Cell(row, Column(columns, IndicatorColumns.Unit)), indicator.Unit);
                ws.Cell(row, Column(columns, IndicatorColumns.Value)).Style.NumberFormat.Format = NumberFormats.ForDecimals(indicator.Decimals);
                TableSheet.FitHeight(ws, row, RowHeight.Lines(indicator.Name, IndicatorColumns.Name.Width));
            }
        }

        var last = Math.Max(row, HeaderRow + 1);
        Body(ws, columns, last);
        DataRange(ws, Column(columns, IndicatorColumns.Name), last).Style.Alignment.WrapText = true;
        DataRange(ws, Column(columns, IndicatorColumns.Notes), last).Style.Alignment.WrapText = true;
        DataRange(ws, Column(columns, IndicatorColumns.AsOf), last).Style.NumberFormat.Format = NumberFormats.Date;

        var segments = DataRange(ws, Column(columns, IndicatorColumns.Segment), last).SetDataValidation();
        segments.List(ListFormula(catalogue.Segments), true);
        segments.ErrorStyle = XLErrorStyle.Stop;
        segments.ShowErrorMessage = true;
        segments.ErrorTitle = "区分";
        segments.ErrorMessage = $"区分は一覧から選んでください（{string.Join("・", catalogue.Segments)}）。";

        // R7 or 2025 are read as well, so a year outside the list is only questioned, not refused.
        var years = Enumerable.Range(Math.Min(FirstListedYear, reportingYear), reportingYear - Math.Min(FirstListedYear, reportingYear) + 1)
            .Select(FiscalYearParser.JapaneseLabel)
            .ToList();
        var yearList = DataRange(ws, Column(columns, IndicatorColumns.Year), last).SetDataValidation();
        yearList.List(ListFormula(years), true);
        yearList.ErrorStyle = XLErrorStyle.Warning;
        yearList.ShowErrorMessage = true;
        yearList.ErrorTitle = "年度";
        yearList.ErrorMessage = "年度は一覧から選ぶか、令和7年度・R7・2025 のように入力してください。";
    }

    private static void Title(IXLWorksheet ws, string title)
    {
        var cell = ws.Cell(1, 1);
        CellText.Set(cell, title);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 14;
    }

    private static void Header(IXLWorksheet ws, IReadOnlyList<ColumnSpec> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            CellText.Set(ws.Cell(HeaderRow, c + 1), columns[c].Label);
            ws.Column(c + 1).Width = columns[c].Width;
        }

        var header = ws.Range(HeaderRow, 1, HeaderRow, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = Palette.Header;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        header.Style.Alignment.WrapText = true;
        ws.SheetView.FreezeRows(HeaderRow);
        PrintSetup.Landscape(ws, HeaderRow);
    }

    /// <summary>Borders, top alignment and the grey of pre-filled columns, over the data rows plus spare rows.</summary>
    private static void Body(IXLWorksheet ws, IReadOnlyList<ColumnSpec> columns, int lastDataRow)
    {
        var last = lastDataRow + SpareRows;
        var table = ws.Range(HeaderRow, 1, last, columns.Count);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        ws.Range(HeaderRow + 1, 1, last, columns.Count).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Prefilled)
            {
                ws.Range(HeaderRow + 1, c + 1, lastDataRow, c + 1).Style.Fill.BackgroundColor = Palette.Prefilled;
            }
        }
    }

    private static IXLRange DataRange(IXLWorksheet ws, int column, int lastDataRow)
        => ws.Range(HeaderRow + 1, column, lastDataRow + SpareRows, column);

    private static int Column(IReadOnlyList<ColumnSpec> columns, ColumnSpec spec)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (ReferenceEquals(columns[i], spec))
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"Column {spec.Label} is not in the layout.", nameof(spec));
    }

    /// <summary>A data-validation list: the items quoted as one comma-separated string.</summary>
    private static string ListFormula(IEnumerable<string> items) => "\"" + string.Join(",", items) + "\"";
}
