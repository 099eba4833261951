using ClosedXML.Excel;

namespace ProgressIngest.Worker.Excel;

/// <summary>Paper settings: these workbooks get printed, and a table cut into narrow pages is unreadable.</summary>
internal static class PrintSetup
{
    /// <summary>A4 landscape, all columns on one page width, the header rows repeated on every page.</summary>
    public static void Landscape(IXLWorksheet ws, int headerRow = 0)
    {
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        ws.PageSetup.Margins.SetLeft(0.4).SetRight(0.4).SetTop(0.5).SetBottom(0.5);
        if (headerRow > 0)
        {
            ws.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        }
    }
}
