namespace ProgressIngest.Core.Model;

/// <summary>The 表紙 sheet: label in column A, value in column B.</summary>
/// <param name="DivisionCode">Normalised 所属コード, or null when missing.</param>
/// <param name="ReportingYear">報告年度, or null when missing or unreadable.</param>
public sealed record CoverEntry(
    string Sheet,
    Field DivisionCodeField,
    Field DivisionNameField,
    Field ReportingYearField,
    Field SubmittedOnField,
    Field PersonField,
    Field ContactField,
    Field TemplateVersionField,
    Field CatalogueHashField,
    string? DivisionCode,
    FiscalYear? ReportingYear,
    DateOnly? SubmittedOn)
{
    /// <summary>所属名 as typed (free text, never normalised).</summary>
    public string DivisionName => Normalising.FreeText.AsTyped(DivisionNameField.IsError ? null : DivisionNameField.Typed);

    /// <summary>担当者 as typed.</summary>
    public string Person => Normalising.FreeText.AsTyped(PersonField.IsError ? null : PersonField.Typed);

    /// <summary>連絡先 as typed.</summary>
    public string Contact => Normalising.FreeText.AsTyped(ContactField.IsError ? null : ContactField.Typed);
}
