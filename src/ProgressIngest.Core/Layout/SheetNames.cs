namespace ProgressIngest.Core.Layout;

/// <summary>Sheet names of the submission workbook (docs/contract.md §3). The template writes them; the reader finds them.</summary>
public static class SheetNames
{
    public const string Cover = "表紙";
    public const string Measures = "取り組み進捗";
    public const string Indicators = "指標";
    public const string Guide = "記入方法";
}
