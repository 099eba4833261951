using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// Writes the blank submission workbook for one division (docs/contract.md §3): 表紙, 取り組み進捗, 指標
/// and 記入方法. Labels come from Core.Layout because the reader finds headers by them.
/// </summary>
internal static partial class TemplateWriter
{
    private const int HeaderRow = 3;

    /// <summary>Rows below the pre-filled ones that still get drop-downs and borders, for values a division adds.</summary>
    private const int SpareRows = 10;

    /// <summary>The cover marks the fields a submitter must fill in with this, as Japanese forms do; the reader ignores it.</summary>
    private const string RequiredMark = "※";

    /// <param name="known">
    /// Values already known, for 前年度の値（参考）: the baseline first, then accepted values of later cycles
    /// (see <see cref="PreviousYearValues.For"/>); null for the report's baseline alone.
    /// </param>
    public static void Write(Catalogue catalogue, Division division, FiscalYear reportingYear, Stream output, IReadOnlyList<HistoryValue>? known = null)
    {
        var measures = catalogue.Measures.Where(m => division.Measures.Contains(m.Id)).ToList();
        var indicators = catalogue.Indicators.Where(i => division.Indicators.Contains(i.Id)).ToList();

        using var workbook = new XLWorkbook();
        WriteCover(workbook.AddWorksheet(SheetNames.Cover), catalogue, division, reportingYear);
        WriteMeasures(workbook.AddWorksheet(SheetNames.Measures), division, reportingYear, measures);
        WriteIndicators(workbook.AddWorksheet(SheetNames.Indicators), catalogue, reportingYear, division, indicators, known ?? PreviousYearValues.FromBaseline(catalogue.Baseline));
        WriteGuide(workbook.AddWorksheet(SheetNames.Guide), catalogue, division, reportingYear, measures, indicators);
        workbook.Worksheet(SheetNames.Cover).SetTabActive();
        WorkbookStamp.Apply(workbook, $"{reportingYear.Japanese} 進捗状況報告（{division.Name}）", null);
        workbook.SaveAs(output);
    }

    private static void WriteCover(IXLWorksheet ws, Catalogue catalogue, Division division, FiscalYear reportingYear)
    {
        var year = reportingYear.Japanese;
        Title(ws, $"{year} 対応方針 進捗状況報告");
        CellText.Set(ws.Cell(2, 1), $"灰色のセルは編集しないでください。白いセル（提出日・担当者・連絡先）に入力してください。{RequiredMark}印は必須です。");

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
            CellText.Set(ws.Cell(row, 1), rows[i].Label is CoverLabels.Person or CoverLabels.Contact ? RequiredMark + rows[i].Label : rows[i].Label);
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

        int RowOf(string label) => HeaderRow + Array.FindIndex(rows, r => r.Label == label);
        var submittedOn = ws.Cell(RowOf(CoverLabels.SubmittedOn), 2);
        submittedOn.Style.NumberFormat.Format = NumberFormats.Date;
        SubmittedOnRule(submittedOn.AsRange(), reportingYear);
        RequiredPrompt(ws.Cell(RowOf(CoverLabels.Person), 2).AsRange(), CoverLabels.Person, "報告内容について問い合わせる担当者の氏名を入力してください。");
        RequiredPrompt(ws.Cell(RowOf(CoverLabels.Contact), 2).AsRange(), CoverLabels.Contact, "内線番号など、担当者への連絡先を入力してください。");

        CellText.Set(ws.Cell(last + 2, 1), $"提出日は {FiscalYearExamples.Western(reportingYear)} の形で入力してください。記入のしかたは「記入方法」シートにあります。");
        ws.Column(1).Width = 16;
        ws.Column(2).Width = 40;
        PrintSetup.Landscape(ws);
    }

    private static void WriteMeasures(IXLWorksheet ws, Division division, FiscalYear reportingYear, List<Measure> measures)
    {
        Title(ws, $"取り組み進捗（{division.Name}・{reportingYear.Japanese}）");
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
            var range = DataRange(ws, Column(columns, spec), last);
            range.Style.Alignment.WrapText = true;
            if (spec.IsFreeText)
            {
                // Text format: 「50%」「4/1」「1,234」 typed here stay as typed instead of becoming a number or a date.
                range.Style.NumberFormat.Format = "@";
            }
        }

        ChoiceRule(DataRange(ws, Column(columns, MeasureColumns.Status), last), MeasureColumns.Status.Label, Vocabulary.Statuses);
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
}
