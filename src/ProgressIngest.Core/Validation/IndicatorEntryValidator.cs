using System.Globalization;
using FluentValidation;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Schema;
using ValueType = ProgressIngest.Core.Schema.ValueType;

using Severity = ProgressIngest.Core.Findings.Severity;

namespace ProgressIngest.Core.Validation;

/// <summary>Rules for one row of 指標, driven by the indicator's rules in schemas/indicators.json.</summary>
internal sealed class IndicatorEntryValidator : AbstractValidator<IndicatorEntry>
{
    public IndicatorEntryValidator()
    {
        RuleFor(e => e.IdField).Must(f => !f.IsBlank)
            .Finding(RuleIds.IndicatorIdMissing, e => e.IdField, IndicatorColumns.Id.Label,
                e => $"{e.Row}行目に指標IDがありません。",
                "テンプレートに記載された指標ID（例: OT-HOURS）を入力してください。不要な行であれば行ごと削除してください。");

        RuleFor(e => e.IndicatorId).NotNull().When(e => !e.IdField.IsBlank)
            .Finding(RuleIds.IndicatorUnknown, e => e.IdField, IndicatorColumns.Id.Label,
                (e, s) => $"指標「{e.IdField.Typed}」は指標の一覧にありません。{Suggest.Indicator(s.Catalogue, e.TypedId)}",
                "テンプレートに記載された指標IDをそのまま使ってください（「記入方法」シートに一覧があります）。");

        RuleFor(e => e.IndicatorId).Must((_, id, v) => v.Context().IsAssignedIndicator(id!)).When(Known)
            .Finding(RuleIds.IndicatorNotAssigned, e => e.IdField, IndicatorColumns.Id.Label,
                (e, s) => $"指標「{e.IndicatorId}（{Def(e, s).ShortName}）」は{s.Division.Name}の報告対象ではないため、この行の値は取り込みません（担当: {Suggest.IndicatorOwners(s.Catalogue, e.IndicatorId!)}）。",
                "値は担当所属だけが報告します。担当所属に値を伝えてください。この行は不要であれば削除して構いません。");

        RuleFor(e => e.YearField).Must(f => !f.IsBlank).When((e, v) => !NotAssigned(e, v))
            .Finding(RuleIds.YearMissing, e => e.YearField, IndicatorColumns.Year.Label,
                _ => "年度が未入力です。",
                (_, s) => $"値の対象年度を入力してください（例: {Reporting(s)}、{s.ReportingYear.Short}）。");

        RuleFor(e => e.FiscalYear).NotNull().When((e, v) => !e.YearField.IsBlank && !NotAssigned(e, v))
            .Finding(RuleIds.YearInvalid, e => e.YearField, IndicatorColumns.Year.Label,
                e => $"年度「{e.YearField.Typed}」を年度として読めません。",
                (_, s) => $"「{Reporting(s)}」「{s.ReportingYear.Short}」「{s.ReportingYear.StartYear}」のように入力してください。");

        RuleFor(e => e.FiscalYear).Must((e, y, v) => y >= Def(e, v).FirstYear).When((e, v) => Imported(e, v) && e.FiscalYear is not null)
            .Finding(RuleIds.YearBeforeFirst, e => e.YearField, IndicatorColumns.Year.Label,
                (e, s) => $"指標「{Def(e, s).ShortName}」は{Def(e, s).FirstYear.Japanese}からの指標のため、{e.FiscalYear!.Value.Japanese}の値はありえません。",
                "年度を確認してください。");

        RuleFor(e => e.FiscalYear)
            .Must((_, y, v) => y is null || y <= v.Context().ReportingYear || v.ComparisonFailed(v.Context().ReportingYear))
            .When((e, v) => e.FiscalYear is not null && Imported(e, v))
            .Finding(RuleIds.YearAfterReporting, e => e.YearField, IndicatorColumns.Year.Label,
                (e, s) => $"{e.FiscalYear!.Value.Japanese}は報告年度（{Reporting(s)}）より後の年度です。",
                "年度を確認してください。見込み値は備考に書いてください。");

        RuleFor(e => e.Segment).NotEmpty().When(Imported)
            .Finding(RuleIds.SegmentMissing, e => e.SegmentField, IndicatorColumns.Segment.Label,
                e => "区分が未入力です。",
                (e, s) => $"一覧から選んでください（{string.Join("、", Def(e, s).Segments)}）。");

        RuleFor(e => e.Segment).Must((e, segment, v) => Def(e, v).AllowsSegment(segment)).When((e, v) => Imported(e, v) && e.Segment.Length > 0)
            .Finding(RuleIds.SegmentInvalid, e => e.SegmentField, IndicatorColumns.Segment.Label,
                (e, s) => $"区分「{e.SegmentField.Typed}」は指標「{Def(e, s).ShortName}」では使えません。",
                (e, s) => $"一覧から選んでください（{string.Join("、", Def(e, s).Segments)}）。");

        RuleFor(e => e.Value.Status).NotEqual(ParseStatus.Missing).When((e, v) => Imported(e, v) && !e.ValueField.IsUncalculated && !ValueInUnitColumn(e))
            .Finding(RuleIds.ValueMissing, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => e.ValueField.IsBlank
                    ? $"指標「{Def(e, s).ShortName}」（{YearText(e)}・{SegmentText(e)}）の値が未入力です。"
                    : $"指標「{Def(e, s).ShortName}」（{YearText(e)}・{SegmentText(e)}）の値が「{e.ValueField.Typed.Trim()}」で、数値が入力されていません（「－」「該当なし」などは値として扱いません。0 であれば 0 と入力してください）。",
                (e, s) => $"数値を{Def(e, s).Unit}単位で入力してください。まだ値が分からない場合は「未確定」と入力し、備考に確定の見込み時期を書いてください（行は削除しないでください）。");

        RuleFor(e => e.UnitField).Must((e, _) => !ValueInUnitColumn(e)).When(Imported)
            .Finding(RuleIds.ValueInUnitColumn, e => e.UnitField, IndicatorColumns.Unit.Label,
                e => $"値が「{IndicatorColumns.Unit.Label}」の列に入力されているようです（「{e.UnitField.Typed}」）。「{IndicatorColumns.Value.Label}」の列は空欄です。",
                (e, s) => $"「{e.UnitField.Typed}」を「{IndicatorColumns.Value.Label}」の列（{ValueCell(e)}）に移し、「{IndicatorColumns.Unit.Label}」の列はテンプレートのまま（{Def(e, s).Unit}）にしてください。");

        RuleFor(e => e.Value.Status).NotEqual(ParseStatus.Pending)
            .When((e, v) => Imported(e, v) && !(e.FiscalYear is { } year && v.Context().Published.IsClosed(e.IndicatorId!, year)))
            .Finding(RuleIds.ValuePending, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => $"指標「{Def(e, s).ShortName}」（{YearText(e)}・{SegmentText(e)}）の値は「{Normalising.TextNormaliser.Clean(e.ValueField.Typed)}」として受け付けます。集約ファイルには「未確定」と表示されます。",
                "値が確定したら入力して再提出してください。いつ確定するかを備考に書いてください（備考があれば説明済みになります）。");

        RuleFor(e => e.Value.Status).NotEqual(ParseStatus.Invalid).When((e, v) => Imported(e, v) && !e.ValueField.IsError)
            .Finding(RuleIds.ValueNotNumber, e => e.ValueField, IndicatorColumns.Value.Label,
                e => e.Value.Problem is { } problem && !problem.StartsWith("数値として読めません", StringComparison.Ordinal)
                    ? $"値「{e.ValueField.Typed}」を数値として読めません（{problem}）。"
                    : $"値「{e.ValueField.Typed}」を数値として読めません。",
                (e, s) => $"数値だけを入力してください（例: {Example(Def(e, s))}）。単位や注記は備考に書いてください。");

        RuleFor(e => e.Value.Value).Must(v => v == decimal.Truncate(v)).When((e, v) => HasNumber(e, v) && Def(e, v).Type == ValueType.Integer)
            .Finding(RuleIds.ValueNotInteger, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => $"指標「{Def(e, s).ShortName}」は整数（{Def(e, s).Unit}）で報告する指標ですが、「{e.ValueField.Typed}」が入力されています。",
                "小数を含まない整数で入力してください。");

        RuleFor(e => e.Value.Value).Must((e, value, v) => decimal.Round(value, Def(e, v).Decimals) == value)
            .When((e, v) => HasNumber(e, v) && Def(e, v).Type != ValueType.Integer && !LooksLikeRatio(e, v.Context()))
            .Finding(RuleIds.ValueDecimals, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => $"指標「{Def(e, s).ShortName}」は小数第{Def(e, s).Decimals}位までで報告します（入力値 {e.Value.Value}）。",
                (e, s) => $"小数第{Def(e, s).Decimals}位に四捨五入して入力してください（例: {decimal.Round(e.Value.Value, Def(e, s).Decimals, MidpointRounding.AwayFromZero)}）。");

        RuleFor(e => e).Must((e, _, v) => !LooksLikeRatio(e, v.Context())).When((e, v) => HasNumber(e, v) && Def(e, v).Type == ValueType.Percent)
            .Finding(RuleIds.ValuePercentAsRatio, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => $"値 {e.Value.Value} は割合（比率）のように見えます。指標「{Def(e, s).ShortName}」は百分率（%）で報告する指標で、これまでの値は {PublishedExample(e, s)} です。",
                (e, _) => $"百分率で入力してください（{e.Value.Value} → {e.Value.Value * 100m:0.###}）。本当に {e.Value.Value}% であれば、備考に理由を書いたうえで企画課に連絡してください。");

        RuleFor(e => e).Must((e, _, v) => Published(e, v.Context()) is not { } p || p.Value == e.Value.Value)
            .When((e, v) => HasNumber(e, v) && e.FiscalYear is not null)
            .Finding(RuleIds.ValuePublished, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => $"{YearText(e)}の値は報告書で公表済みです（{Published(e, s)!.Value}{Def(e, s).Unit}、{Published(e, s)!.Citation}）。入力された {e.Value.Value}{Def(e, s).Unit} に変えることはできません。",
                (e, s) => $"公表済みの年度の値は提出で変更できません。この行は公表値のままにするか削除し、{Reporting(s)}の値を入力してください。公表値に誤りがある場合は企画課に連絡してください（企画課が基準値を修正します）。");

        RuleFor(e => e).Must((e, _, v) => !v.Context().Published.IsClosed(e.IndicatorId!, e.FiscalYear!.Value)
                                          || (e.Value.Status == ParseStatus.Ok && Published(e, v.Context()) is not null))
            .When((e, v) => Imported(e, v) && e.FiscalYear is not null && e.Value.Status is ParseStatus.Ok or ParseStatus.Pending)
            .Finding(RuleIds.YearClosed, e => e.YearField, IndicatorColumns.Year.Label,
                (e, s) => Published(e, s) is { } p
                    ? $"{YearText(e)}は公表済みの年度です。指標「{Def(e, s).ShortName}」の{YearText(e)}・{SegmentText(e)}の値は {p.Value}{Def(e, s).Unit}（{p.Citation}）と公表されているため、「未確定」にはできません。"
                    : $"{YearText(e)}は公表済みの年度です。指標「{Def(e, s).ShortName}」の{YearText(e)}・{SegmentText(e)}の値は公表されていないため、提出では追加できません。",
                (_, s) => $"年度を確認してください（今回報告するのは{Reporting(s)}の値です）。公表済みの年度に値を追加する必要があれば企画課に連絡してください。");

        RuleFor(e => e.Value.Value).Must((e, value, v) => Def(e, v).Rules.Min is not { } min || value >= min).When(HasNumber)
            .Finding(RuleIds.ValueBelowMin, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => $"値 {e.Value.Value} は指標「{Def(e, s).ShortName}」の下限 {Def(e, s).Rules.Min} を下回っています。",
                "値と単位を確認してください。");

        RuleFor(e => e.Value.Value).Must((e, value, v) => Def(e, v).Rules.Max is not { } max || value <= max).When(HasNumber)
            .Finding(RuleIds.ValueAboveMax, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => $"値 {e.Value.Value} は指標「{Def(e, s).ShortName}」の上限 {Def(e, s).Rules.Max}{Def(e, s).Unit} を超えています。",
                (e, s) => Def(e, s).Type == ValueType.Percent
                    ? "割合は0〜100の数値で入力してください（例: 53.4）。"
                    : "値と単位を確認してください。");

        RuleFor(e => e.Value.Value).Must((e, value, v) => Def(e, v).Rules.SoftMin is not { } min || value >= min).When(HasNumber)
            .Finding(RuleIds.ValueSoftLow, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => $"値 {e.Value.Value} は指標「{Def(e, s).ShortName}」として通常より小さい値です（目安 {Def(e, s).Rules.SoftMin}{Def(e, s).Unit} 以上）。",
                "誤りでなければそのままで構いません。理由を備考に書いてください。");

        RuleFor(e => e.Value.Value).Must((e, value, v) => Def(e, v).Rules.SoftMax is not { } max || value <= max).When(HasNumber)
            .Finding(RuleIds.ValueSoftHigh, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => $"値 {e.Value.Value} は指標「{Def(e, s).ShortName}」として通常より大きい値です（目安 {Def(e, s).Rules.SoftMax}{Def(e, s).Unit} 以下）。",
                "誤りでなければそのままで構いません。理由を備考に書いてください。");

        // unit-mismatch is reported at the cell holding the wrong unit: the 単位 column, or the 値 cell when the unit was
        // typed with the number (「54時間」) or the cell is percent-formatted. Both cells wrong: one finding at each.
        RuleFor(e => e.Unit).Must((e, unit, v) => SameUnit(unit, Def(e, v))).When((e, v) => Imported(e, v) && !ValueInUnitColumn(e) && e.Unit.Length > 0)
            .Finding(RuleIds.UnitMismatch, e => e.UnitField, IndicatorColumns.Unit.Label,
                (e, s) => $"単位「{e.Unit}」が指標「{Def(e, s).ShortName}」の単位「{Def(e, s).Unit}」と異なります。",
                (e, s) => $"値を「{Def(e, s).Unit}」単位に換算して入力し、単位の列はテンプレートのままにしてください。");

        RuleFor(e => e.Value).Must((e, value, v) => ValueUnitMatches(Def(e, v), value)).When(HasNumber)
            .Finding(RuleIds.UnitMismatch, e => e.ValueField, IndicatorColumns.Value.Label,
                (e, s) => $"値「{ShownValue(e)}」の単位「{ValueUnit(e)}」{(PercentByFormat(e) ? "（セルの表示形式がパーセント）" : "")}は、指標「{Def(e, s).ShortName}」の単位「{Def(e, s).Unit}」と異なります。",
                (e, s) => PercentByFormat(e)
                    ? $"このセルは表示形式がパーセント（%）のため、入力した数値が「{ShownValue(e)}」（保存されている値は {e.ValueField.Typed}）として扱われています。セルの表示形式を「標準」か「数値」に変えてから、「{Def(e, s).Unit}」単位の数値を入力し直してください。"
                    : $"値の列には「{Def(e, s).Unit}」単位の数値だけを、単位を付けずに入力してください（「{Def(e, s).Unit}」単位の値であれば「{Number(e.Value.Value)}」）。別の単位で集計した値であれば「{Def(e, s).Unit}」単位に換算して入力してください。単位は「{IndicatorColumns.Unit.Label}」の列{UnitCellText(e)}にテンプレートのまま入れておいてください。");

        RuleFor(e => e.AsOf).NotNull().When((e, v) => !e.AsOfField.IsBlank && !NotAssigned(e, v))
            .Finding(RuleIds.AsOfInvalid, e => e.AsOfField, IndicatorColumns.AsOf.Label,
                e => $"基準日「{e.AsOfField.Typed}」を日付として読めません。",
                (e, s) => $"{FiscalYearExamples.Quoted(e.FiscalYear ?? s.ReportingYear)}の形で入力してください。");

        RuleFor(e => e.AsOf).Must((e, d) => e.FiscalYear!.Value.Contains(d!.Value))
            .When((e, v) => e.AsOf is not null && e.FiscalYear is not null && (!Known(e) || Def(e, v).Rules.AsOfInFiscalYear) && !NotAssigned(e, v))
            .Finding(RuleIds.AsOfOutsideYear, e => e.AsOfField, IndicatorColumns.AsOf.Label,
                e => $"基準日 {e.AsOf:yyyy/MM/dd} が{e.FiscalYear!.Value.Japanese}（{FiscalYearExamples.Slashed(e.FiscalYear.Value.Start)}〜{FiscalYearExamples.Slashed(e.FiscalYear.Value.End)}）の範囲外です。",
                e => $"基準日か年度のどちらかが誤っています。{e.FiscalYear!.Value.Japanese}の値であれば、基準日は「{FiscalYearExamples.Slashed(FiscalYearExamples.SuggestInFiscalYear(e.AsOf!.Value, e.FiscalYear.Value))}」ではありませんか（年の入力誤りがよくあります）。値を集計した日付を確認してください。");
    }

    private static Indicator Def(IndicatorEntry entry, SubmissionContext context) => context.Catalogue.FindIndicator(entry.IndicatorId!)!;

    private static Indicator Def(IndicatorEntry entry, ValidationContext<IndicatorEntry> validation) => Def(entry, validation.Context());

    private static bool Known(IndicatorEntry entry) => entry.IndicatorId is not null;

    /// <summary>A row of an indicator the division does not report: one warning, no other rule, never imported.</summary>
    private static bool NotAssigned(IndicatorEntry entry, ValidationContext<IndicatorEntry> validation)
        => Known(entry) && !validation.Context().IsAssignedIndicator(entry.IndicatorId!);

    private static bool Imported(IndicatorEntry entry, ValidationContext<IndicatorEntry> validation)
        => Known(entry) && validation.Context().IsAssignedIndicator(entry.IndicatorId!);

    private static bool HasNumber(IndicatorEntry entry, ValidationContext<IndicatorEntry> validation)
        => Imported(entry, validation) && entry.Value.Status == ParseStatus.Ok;

    /// <summary>The 値 cell is empty and a number sits in 単位: the columns were mixed up, not the value forgotten.</summary>
    private static bool ValueInUnitColumn(IndicatorEntry entry)
        => entry.Value.Status == ParseStatus.Missing && !entry.ValueField.IsError && !entry.UnitField.IsBlank
           && NumberParser.Parse(entry.UnitField.Raw, entry.UnitField.Format).Status == ParseStatus.Ok;

    private static bool LooksLikeRatio(IndicatorEntry entry, SubmissionContext context)
        => ScaleCheck.LooksLikeRatio(Def(entry, context), entry.Value.Value, context.Published);

    private static PublishedValue? Published(IndicatorEntry entry, SubmissionContext context)
        => entry.FiscalYear is { } year ? context.Published.Find(entry.IndicatorId!, year, entry.Segment) : null;

    private static string PublishedExample(IndicatorEntry entry, SubmissionContext context)
        => context.Published.All.LastOrDefault(p => p.IndicatorId == entry.IndicatorId && p.Value > 1m) is { } p
            ? $"{p.Value}%（{p.FiscalYear.Japanese}・{p.Segment}）など"
            : "1より大きい値";

    private static string YearText(IndicatorEntry entry) => entry.FiscalYear is { } y ? y.Japanese : entry.YearField.Typed;

    private static string SegmentText(IndicatorEntry entry) => entry.Segment.Length > 0 ? entry.Segment : "区分未入力";

    private static string ValueCell(IndicatorEntry entry) => entry.ValueField.At?.A1 ?? IndicatorColumns.Value.Label;

    private static string Reporting(SubmissionContext context) => context.ReportingYear.Japanese;

    /// <summary>A unit (typed in 単位 or after the number) that stands for the indicator's; empty counts as the same.</summary>
    private static bool SameUnit(string typed, Indicator indicator)
        => typed.Length == 0
           || Normalising.TextNormaliser.Key(typed) == Normalising.TextNormaliser.Key(indicator.Unit)
           || (indicator.Unit == "%" && typed is "ポイント" or "pt" or "％")
           || (indicator.Unit == "時間" && typed is "h" or "H" or "hours");

    /// <summary>The number carries no unit, or the indicator's; a percent (typed or by the cell's format) only for a percent indicator.</summary>
    private static bool ValueUnitMatches(Indicator indicator, ParsedNumber value)
        => (indicator.Type == ValueType.Percent && value.IsPercent)
           || (!value.IsPercent && SameUnit(value.UnitText ?? string.Empty, indicator));

    /// <summary>A number stored in a percent-formatted cell: no unit was typed, the cell shows one.</summary>
    private static bool PercentByFormat(IndicatorEntry entry) => entry.Value.IsPercent && entry.Value.UnitText is null;

    /// <summary>The 値 cell as the clerk sees it: the text typed, or the percentage a percent-formatted cell shows.</summary>
    private static string ShownValue(IndicatorEntry entry)
        => PercentByFormat(entry) ? $"{Number(entry.Value.Value)}%" : entry.ValueField.Typed.Trim();

    private static string ValueUnit(IndicatorEntry entry) => entry.Value.UnitText ?? "%";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string UnitCellText(IndicatorEntry entry) => entry.UnitField.At is { } at ? $"（{at.A1}）" : string.Empty;

    private static string Example(Indicator indicator) => indicator.Type switch
    {
        ValueType.Integer => "12",
        ValueType.Percent => "53.4",
        _ => "192.6",
    };
}
