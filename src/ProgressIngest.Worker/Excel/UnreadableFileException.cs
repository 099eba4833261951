using ProgressIngest.Core.Findings;

namespace ProgressIngest.Worker.Excel;

/// <summary>The file cannot be read as a workbook; carries the one finding the submitter gets.</summary>
internal sealed class UnreadableFileException : Exception
{
    public UnreadableFileException(Finding finding, Exception? inner = null)
        : base(finding.Message, inner)
    {
        Finding = finding;
    }

    public UnreadableFileException()
        : this(Finding.ForFile(RuleIds.FileUnreadable, "ファイルを読めません。", "Excelで開けるか確認してください。"))
    {
    }

    public UnreadableFileException(string message)
        : this(Finding.ForFile(RuleIds.FileUnreadable, message, "Excelで開けるか確認してください。"))
    {
    }

    public UnreadableFileException(string message, Exception inner)
        : this(Finding.ForFile(RuleIds.FileUnreadable, message, "Excelで開けるか確認してください。"), inner)
    {
    }

    public Finding Finding { get; }
}
