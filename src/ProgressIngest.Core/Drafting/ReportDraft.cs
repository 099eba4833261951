using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Drafting;

/// <summary>
/// The planning division's yearly report, drafted from the master: the report's structure with the
/// divisions' texts exactly as typed and section 3's sentences computed from the data. Rendered to
/// .docx by the worker; every text and number carries its source.
/// </summary>
public sealed record ReportDraft(
    FiscalYear ReportingYear,
    string Title,
    IReadOnlyList<PillarSection> Pillars,
    IReadOnlyList<FieldSection> Fields,
    IReadOnlyList<IndicatorSection> Indicators);

/// <summary>（１）本庁と区役所双方の業務繁忙への対応.</summary>
public sealed record PillarSection(string Number, string Title, IReadOnlyList<SubPillarSection> SubPillars);

/// <summary>①人員配置・組織体制、マネジメント.</summary>
public sealed record SubPillarSection(string Number, string Title, IReadOnlyList<MeasureSection> Measures);

/// <summary>A measure: 【短期】title, then 取り組み状況 and 次年度以降 from each assigned division.</summary>
public sealed record MeasureSection(string Id, string Heading, IReadOnlyList<DivisionText> Progress, IReadOnlyList<DivisionText> Plans);

/// <summary>A division's text exactly as typed, or the reason there is none.</summary>
/// <param name="Division">「人事課（jinji）」.</param>
/// <param name="Source">Division, file and cell; or why nothing is in force.</param>
/// <param name="Status">進捗区分 as reported, or the gap word.</param>
public sealed record DivisionText(string Division, string Text, string Source, string Status, Gap? Gap)
{
    public bool IsMissing => Gap is not null;
}

/// <summary>A priority field (１ まちづくり推進課分野) and its themes.</summary>
public sealed record FieldSection(string Number, string Title, IReadOnlyList<ThemeSection> Themes);

/// <summary>A theme with each ward's three texts.</summary>
public sealed record ThemeSection(string Id, string Title, IReadOnlyList<WardTexts> Wards);

public sealed record WardTexts(string Ward, DivisionText Detail, DivisionText Issues, DivisionText Plan);

/// <summary>Section 3: an indicator's title, definition, table, chart scale and bullets.</summary>
/// <param name="Heading">「職員一人あたりの年平均超過勤務時間数（４月～１月末） 【量的指標】」.</param>
/// <param name="Series">The table and the chart's numbers (指標サマリ's segment rows).</param>
public sealed record IndicatorSection(
    string IndicatorId,
    string Heading,
    string Definition,
    IndicatorSeries Series,
    AxisScale Axis,
    IReadOnlyList<Observation> Observations);
