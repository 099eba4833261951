using FluentValidation;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;

using Severity = ProgressIngest.Core.Findings.Severity;

namespace ProgressIngest.Core.Validation;

/// <summary>表紙: the cover must name this division and the reporting year being collected.</summary>
internal sealed class CoverValidator : AbstractValidator<CoverEntry>
{
    public CoverValidator()
    {
        RuleFor(c => c.DivisionCode).NotEmpty()
            .Finding(RuleIds.CoverDivisionMissing, c => c.DivisionCodeField, CoverLabels.DivisionCode,
                _ => "表紙に所属コードがありません。",
                (_, s) => $"表紙の「{CoverLabels.DivisionCode}」の右のセルに「{s.Division.Code}」と入力してください。", c => c.Sheet);

        RuleFor(c => c.DivisionCode)
            .Must((_, code, v) => string.Equals(code, v.Context().Division.Code, StringComparison.Ordinal) || v.ComparisonFailed(v.Context().Division.Code))
            .When(c => !string.IsNullOrEmpty(c.DivisionCode))
            .Finding(RuleIds.CoverDivisionMismatch, c => c.DivisionCodeField, CoverLabels.DivisionCode,
                (c, s) => $"表紙の所属コード「{c.DivisionCodeField.Typed}」が、提出先フォルダの所属「{s.Division.Code}（{s.Division.Name}）」と一致しません。別の所属の報告を取り込まないよう差し戻します。",
                (_, s) => $"自所属の報告であれば所属コードを「{s.Division.Code}」に直してください。別の所属の報告であれば、その所属のフォルダに提出してください。", c => c.Sheet);

        // 所属名 is free text: only a name that is, up to spacing and width, another registered division's name is refused.
        // With another division's 所属コード, cover-division-mismatch already says so.
        RuleFor(c => c.DivisionName)
            .Must((_, name, v) => OtherDivisionNamed(name, v.Context()) is null)
            .When((c, v) => string.IsNullOrEmpty(c.DivisionCode) || string.Equals(c.DivisionCode, v.Context().Division.Code, StringComparison.Ordinal))
            .Finding(RuleIds.CoverDivisionNameMismatch, c => c.DivisionNameField, CoverLabels.DivisionName,
                NameMessage, NameFix, c => c.Sheet);

        RuleFor(c => c.ReportingYearField).Must(f => !f.IsBlank)
            .Finding(RuleIds.CoverYearMissing, c => c.ReportingYearField, CoverLabels.ReportingYear,
                _ => "表紙に報告年度がありません。",
                (_, s) => $"表紙の「{CoverLabels.ReportingYear}」の右のセルに「{Year(s)}」と入力してください。", c => c.Sheet);

        RuleFor(c => c.ReportingYear).NotNull().When(c => !c.ReportingYearField.IsBlank)
            .Finding(RuleIds.CoverYearInvalid, c => c.ReportingYearField, CoverLabels.ReportingYear,
                c => $"報告年度「{c.ReportingYearField.Typed}」を年度として読めません。",
                (_, s) => $"「{Year(s)}」「{s.ReportingYear.Short}」「{s.ReportingYear.StartYear}」のように入力してください。", c => c.Sheet);

        RuleFor(c => c.ReportingYear)
            .Must((_, y, v) => y == v.Context().ReportingYear || v.ComparisonFailed(v.Context().ReportingYear))
            .When(c => c.ReportingYear is not null)
            .Finding(RuleIds.CoverYearMismatch, c => c.ReportingYearField, CoverLabels.ReportingYear,
                (c, s) => $"報告年度が{c.ReportingYear!.Value.Japanese}になっていますが、現在受け付けているのは{Year(s)}の報告です。",
                (_, s) => $"{Year(s)}の報告であれば報告年度を「{Year(s)}」に直してください。前年度のファイルを誤って提出していないか確認してください。", c => c.Sheet);

        RuleFor(c => c.PersonField).Must(f => !f.IsBlank)
            .Finding(RuleIds.CoverPersonMissing, c => c.PersonField, CoverLabels.Person,
                _ => "表紙の担当者が未入力です。企画課が内容を確認するときの連絡先になります。",
                $"表紙の「{CoverLabels.Person}」の右のセルに、担当者の氏名を入力してください。", c => c.Sheet);

        RuleFor(c => c.ContactField).Must(f => !f.IsBlank)
            .Finding(RuleIds.CoverContactMissing, c => c.ContactField, CoverLabels.Contact,
                _ => "表紙の連絡先が未入力です。",
                $"表紙の「{CoverLabels.Contact}」の右のセルに、内線番号やメールアドレスを入力してください。", c => c.Sheet);

        RuleFor(c => c.SubmittedOnField).Must(f => !f.IsBlank)
            .Finding(RuleIds.CoverDateMissing, c => c.SubmittedOnField, CoverLabels.SubmittedOn,
                _ => "表紙の提出日が未入力です。",
                $"表紙の「{CoverLabels.SubmittedOn}」の右のセルに、提出する日付を入力してください。", c => c.Sheet);

        RuleFor(c => c.SubmittedOn).NotNull().When(c => !c.SubmittedOnField.IsBlank)
            .Finding(RuleIds.CoverDateInvalid, c => c.SubmittedOnField, CoverLabels.SubmittedOn,
                c => $"提出日「{c.SubmittedOnField.Typed}」を日付として読めません。",
                (_, s) => $"{FiscalYearExamples.Quoted(s.ReportingYear)}の形で入力してください。", c => c.Sheet);

        // The template's input rule allows the reporting year and the next one (a late submission is still dated).
        RuleFor(c => c.SubmittedOn!.Value).Must((_, date, v) => date >= v.Context().ReportingYear.Start && date <= v.Context().ReportingYear.End.AddYears(1))
            .When(c => c.SubmittedOn is not null)
            .Finding(RuleIds.CoverDateInvalid, c => c.SubmittedOnField, CoverLabels.SubmittedOn,
                (c, s) => $"提出日 {FiscalYearExamples.Slashed(c.SubmittedOn!.Value)} は、{Year(s)}の報告の提出日としてありえない日付です（{FiscalYearExamples.Slashed(s.ReportingYear.Start)}〜{FiscalYearExamples.Slashed(s.ReportingYear.End.AddYears(1))} のはずです）。",
                (_, s) => $"年の入力を確認し、提出する日付を{FiscalYearExamples.Quoted(s.ReportingYear)}の形で入力してください。", c => c.Sheet);

        RuleFor(c => c).Must((c, _, v) => TextNormaliser.Clean(c.TemplateVersionField.Typed) == Vocabulary.TemplateVersion
                && TextNormaliser.Clean(c.CatalogueHashField.Typed) == v.Context().Catalogue.Hash)
            .Finding(RuleIds.TemplateOutdated, c => c.TemplateVersionField.At is null ? c.CatalogueHashField : c.TemplateVersionField, CoverLabels.TemplateVersion,
                (c, s) => $"古いテンプレート（テンプレート版「{c.TemplateVersionField.Typed}」、カタログ版「{c.CatalogueHashField.Typed}」）で作成されたファイルです。現在はテンプレート版「{Vocabulary.TemplateVersion}」、カタログ版「{s.Catalogue.Hash}」です。",
                (_, s) => $"最新のテンプレート（{s.Division.Name}用、テンプレート版 {Vocabulary.TemplateVersion}）を企画課から受け取り、内容を写して提出してください。取り組みの一覧や指標が変わっている可能性があります。", c => c.Sheet);
    }

    private static string Year(SubmissionContext context) => context.ReportingYear.Japanese;

    /// <summary>
    /// The registered division, other than the folder's, whose name <paramref name="name"/> is once spacing, width and
    /// letter case are set aside; null for the folder's own name (「人事課　」), additions (「人事課（人事係）」) and free text.
    /// </summary>
    private static Schema.Division? OtherDivisionNamed(string name, SubmissionContext context)
    {
        var key = TextNormaliser.Key(name);
        if (key.Length == 0 || key == TextNormaliser.Key(context.Division.Name))
        {
            return null;
        }

        return context.Catalogue.Divisions.FirstOrDefault(d => !string.Equals(d.Code, context.Division.Code, StringComparison.Ordinal) && TextNormaliser.Key(d.Name) == key);
    }

    private static string NameMessage(CoverEntry cover, SubmissionContext context)
    {
        var other = OtherDivisionNamed(cover.DivisionName, context)!;
        return $"表紙の所属名「{cover.DivisionName}」は、提出先フォルダの所属「{context.Division.Name}（{context.Division.Code}）」ではなく、別の所属「{other.Name}（{other.Code}）」の名称です。別の所属の報告を取り込まないよう差し戻します。";
    }

    private static string NameFix(CoverEntry cover, SubmissionContext context)
    {
        var own = context.Division;
        var other = OtherDivisionNamed(cover.DivisionName, context)!;
        return $"正しいファイルを提出したか、{own.Name}用のテンプレートに記入したものか確認してください。{own.Name}の報告であれば、表紙の所属名を「{own.Name}」に直して再提出してください。"
               + $"{other.Name}の報告であれば、{other.Name}用のテンプレートに記入し、{other.Name}のフォルダ（{other.Code}）に提出してください。";
    }
}
