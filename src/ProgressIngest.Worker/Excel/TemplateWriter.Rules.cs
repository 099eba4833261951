using ClosedXML.Excel;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Schema;
using ValueType = ProgressIngest.Core.Schema.ValueType;

namespace ProgressIngest.Worker.Excel;

/// <summary>
/// 入力規則 (Excel data validation) on the cells a division types in. Every rule but the fixed lists
/// (<see cref="ChoiceRule"/>) only warns: the reader accepts more than Excel can check (「未確定」 in 値, R7 or 2025 in 年度, 令和8年1月31日
/// typed as text), and the service's own checks decide.
/// </summary>
internal static partial class TemplateWriter
{
    /// <summary>What a submitter types in 値 while a figure is not yet known (docs/contract.md §3): the reader's first two words.</summary>
    private static readonly string PendingWord = Core.Normalising.NumberParser.PendingMarkers[0];

    private static readonly string CountingWord = Core.Normalising.NumberParser.PendingMarkers[1];

    // Excel's bounds for a decimal rule with no limit of its own.
    private const double AnyNumber = 1e15;

    /// <summary>A fixed list (進捗区分, 区分): anything else is refused, since the reader would not accept it either.</summary>
    private static void ChoiceRule(IXLRange cells, string label, IReadOnlyList<string> items)
    {
        var rule = cells.SetDataValidation();
        rule.List(ListFormula(items), true);
        rule.ErrorStyle = XLErrorStyle.Stop;
        rule.ShowErrorMessage = true;
        rule.ErrorTitle = label;
        rule.ErrorMessage = $"{label}は一覧から選んでください（{string.Join("・", items)}）。";
    }

    private static void YearRule(IXLRange cells, IReadOnlyList<FiscalYear> years)
    {
        var labels = years.Select(y => y.Japanese).ToList();
        var rule = cells.SetDataValidation();
        rule.List(ListFormula(labels), true);
        Warn(rule, IndicatorColumns.Year.Label, $"この行で報告する年度は{string.Join("・", labels)}です。公表済みの年度の値は提出では変えられません（訂正は企画課に連絡してください）。");
    }

    /// <param name="indicator">The row's indicator, for its limits; null for rows a division adds.</param>
    private static void ValueRule(IXLRange cells, Indicator? indicator)
    {
        var rule = cells.SetDataValidation();
        var min = (double?)indicator?.Rules.Min ?? -AnyNumber;
        var max = (double?)indicator?.Rules.Max ?? AnyNumber;
        var whole = indicator is not null && (indicator.Type == ValueType.Integer || indicator.Decimals == 0);
        if (whole)
        {
            rule.WholeNumber.Between((int)Math.Max(min, int.MinValue), (int)Math.Min(max, int.MaxValue));
        }
        else
        {
            rule.Decimal.Between(min, max);
        }

        var range = indicator is null ? string.Empty : Range(indicator, whole);
        Warn(rule, IndicatorColumns.Value.Label, $"{range}数値だけを入力してください（単位は付けません）。値がまだ分からない場合は「{PendingWord}」か「{CountingWord}」と入力し、{IndicatorColumns.Notes.Label}にいつ分かるかを書いてください。");
    }

    /// <summary>基準日 inside the fiscal years <paramref name="firstYear"/>..<paramref name="lastYear"/>.</summary>
    private static void AsOfRule(IXLRange cells, FiscalYear firstYear, FiscalYear lastYear)
    {
        var start = firstYear.Start;
        var end = lastYear.End;
        var rule = cells.SetDataValidation();
        rule.Date.Between(start.ToDateTime(TimeOnly.MinValue), end.ToDateTime(TimeOnly.MinValue));
        Warn(rule, IndicatorColumns.AsOf.Label, $"{IndicatorColumns.AsOf.Label}は値の年度の中の日付（{FiscalYearExamples.Slashed(start)}〜{FiscalYearExamples.Slashed(end)}）を、{FiscalYearExamples.Western(lastYear)} の形で入力してください。");
    }

    /// <summary>提出日: a date from the start of the reporting year to the end of the next (a late submission is still dated).</summary>
    private static void SubmittedOnRule(IXLRange cell, FiscalYear reportingYear)
    {
        var start = reportingYear.Start;
        var end = reportingYear.End.AddYears(1);
        var rule = cell.SetDataValidation();
        rule.Date.Between(start.ToDateTime(TimeOnly.MinValue), end.ToDateTime(TimeOnly.MinValue));
        Warn(rule, CoverLabels.SubmittedOn, $"{CoverLabels.SubmittedOn}は {FiscalYearExamples.Western(reportingYear)} の形で、提出する日付を入力してください。");
    }

    /// <summary>A prompt shown when a required cover cell is selected; it restricts nothing.</summary>
    private static void RequiredPrompt(IXLRange cell, string label, string prompt)
    {
        var rule = cell.SetDataValidation();
        rule.AllowedValues = XLAllowedValues.AnyValue;
        rule.ShowInputMessage = true;
        rule.InputTitle = $"{label}（必須）";
        rule.InputMessage = prompt;
    }

    private static void Warn(IXLDataValidation rule, string title, string message)
    {
        rule.ErrorStyle = XLErrorStyle.Warning;
        rule.ShowErrorMessage = true;
        rule.ErrorTitle = title;
        rule.ErrorMessage = message;
    }

    /// <summary>A data-validation list: the items quoted as one comma-separated string.</summary>
    private static string ListFormula(IEnumerable<string> items) => "\"" + string.Join(",", items) + "\"";

    private static string Range(Indicator indicator, bool whole)
    {
        var kind = whole ? "整数" : "数値";
        return (indicator.Rules.Min, indicator.Rules.Max) switch
        {
            ({ } min, { } max) => $"{indicator.ShortName}は{Number(min)}〜{Number(max)}の{kind}です。",
            ({ } min, null) => $"{indicator.ShortName}は{Number(min)}以上の{kind}です。",
            (null, { } max) => $"{indicator.ShortName}は{Number(max)}以下の{kind}です。",
            _ => $"{indicator.ShortName}は{kind}です。",
        };
    }
}
