using ClosedXML.Excel;

namespace ProgressIngest.Worker.Excel;

/// <summary>Document properties of generated workbooks: taken from the data, so a rebuild does not depend on the clock.</summary>
internal static class WorkbookStamp
{
    public const string Author = "ProgressIngest";

    public static void Apply(XLWorkbook workbook, string title, DateTimeOffset? asOf)
    {
        workbook.Properties.Author = Author;
        workbook.Properties.LastModifiedBy = Author;
        workbook.Properties.Title = new string([.. title.Where(c => !char.IsControl(c) && !char.IsSurrogate(c))]);
        if (asOf is { } time)
        {
            workbook.Properties.Created = time.UtcDateTime;
            workbook.Properties.Modified = time.UtcDateTime;
        }
    }
}
