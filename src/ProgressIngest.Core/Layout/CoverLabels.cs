namespace ProgressIngest.Core.Layout;

/// <summary>Labels of the 表紙 sheet (label in column A, value in column B).</summary>
public static class CoverLabels
{
    public const string DivisionCode = "所属コード";
    public const string DivisionName = "所属名";
    public const string ReportingYear = "報告年度";
    public const string SubmittedOn = "提出日";
    public const string Person = "担当者";
    public const string Contact = "連絡先";
    public const string TemplateVersion = "テンプレート版";
    public const string CatalogueHash = "カタログ版";

    public static IReadOnlyList<string> All { get; } =
        [DivisionCode, DivisionName, ReportingYear, SubmittedOn, Person, Contact, TemplateVersion, CatalogueHash];
}
