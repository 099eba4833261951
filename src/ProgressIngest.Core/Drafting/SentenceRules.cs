using ProgressIngest.Core.Schema;
using ValueType = ProgressIngest.Core.Schema.ValueType;

namespace ProgressIngest.Core.Drafting;

/// <summary>
/// Every threshold and word the section 3 sentences depend on, in one place. A percent indicator is
/// judged in ポイント, any other by its change relative to the first year, so "横ばい" means the same
/// for 200 hours and for 300 件.
/// </summary>
public sealed record SentenceRules
{
    public static SentenceRules Default { get; } = new();

    /// <summary>Change over the period (first to latest year) below this is 横ばい (percent indicators, ポイント).</summary>
    public decimal FlatPoints { get; init; } = 0.3m;

    /// <summary>Below this (and not flat) the trend is 微増/微減 (percent indicators, ポイント).</summary>
    public decimal SlightPoints { get; init; } = 2.0m;

    /// <summary>As <see cref="FlatPoints"/> for other indicators: share of the first year's value.</summary>
    public decimal FlatRatio { get; init; } = 0.01m;

    /// <summary>As <see cref="SlightPoints"/> for other indicators.</summary>
    public decimal SlightRatio { get; init; } = 0.03m;

    /// <summary>A 本庁等−区役所 difference below this is "no large difference" (ポイント).</summary>
    public decimal SmallGapPoints { get; init; } = 2.0m;

    /// <summary>As <see cref="SmallGapPoints"/> for other indicators: share of the larger value.</summary>
    public decimal SmallGapRatio { get; init; } = 0.02m;

    /// <summary>Shares a percent indicator is said to exceed, highest first.</summary>
    public IReadOnlyList<(decimal Percent, string Words)> Milestones { get; init; } =
        [(90m, "９割"), (80m, "８割"), (70m, "７割"), (60m, "６割"), (50m, "半数")];

    /// <summary>What a sentence calls the indicator's value; the short name when not listed.</summary>
    public IReadOnlyDictionary<string, string> Subjects { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OT-HOURS"] = "超過勤務時間数",
        ["SURVEY-Q32"] = "肯定的回答の割合",
        ["SURVEY-Q28"] = "肯定的回答の割合",
        ["IMPROPER-JAN"] = "１月末時点での件数",
    };

    /// <summary>Unit of a difference where the report writes more than the unit (an annual average: 時間/年).</summary>
    public IReadOnlyDictionary<string, string> GapUnits { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OT-HOURS"] = "時間/年",
    };

    /// <summary>An indicator printed as a reference line under another (※【参考（年度計件数）】).</summary>
    public IReadOnlyDictionary<string, (string IndicatorId, string Label)> References { get; init; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["IMPROPER-JAN"] = ("IMPROPER-FY", "年度計件数"),
    };

    /// <summary>Indicators whose catalogue source starts with this belong to section 3.</summary>
    public string SectionThreeSource { get; init; } = "３ 対応方針に関連する指標";

    public const string NeedsCheck = "【要確認】";

    public string Subject(Indicator indicator) => Subjects.GetValueOrDefault(indicator.Id) ?? indicator.ShortName;

    public string GapUnit(Indicator indicator) => GapUnits.GetValueOrDefault(indicator.Id) ?? Validation.ValueText.ChangeUnit(indicator);

    /// <summary>【質的指標】 for survey shares, 【量的指標】 for counts and hours.</summary>
    public static string Tag(Indicator indicator) => indicator.Type == ValueType.Percent ? "【質的指標】" : "【量的指標】";

    /// <summary>高い/低い for shares, 多い/少ない for hours and counts.</summary>
    public static (string More, string Less) Comparatives(Indicator indicator)
        => indicator.Type == ValueType.Percent ? ("高", "低") : ("多", "少");
}
