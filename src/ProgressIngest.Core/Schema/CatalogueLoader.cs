using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace ProgressIngest.Core.Schema;

/// <summary>
/// Parses and cross-checks the catalogue files. Any problem throws <see cref="CatalogueException"/>
/// naming the file, the entry and what is wrong, so the service can refuse to start with a message
/// the planning division can act on.
/// </summary>
public static partial class CatalogueLoader
{
    private static readonly string[] Horizons = ["短期", "中長期", "常時", "短期・中長期"];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Catalogue Load(CatalogueSources sources)
    {
        var measuresDoc = Parse<MeasuresDocument>(sources.Measures);
        var indicatorsDoc = Parse<IndicatorsDocument>(sources.Indicators);
        var divisionsDoc = Parse<DivisionsDocument>(sources.Divisions);
        var baselineDoc = Parse<BaselineDocument>(sources.Baseline);

        var groups = LoadGroups(sources.Measures.Name, measuresDoc);
        var measures = LoadMeasures(sources.Measures.Name, measuresDoc, groups);
        var segments = Required(sources.Indicators.Name, "segments", indicatorsDoc.Segments);
        var indicators = LoadIndicators(sources.Indicators.Name, indicatorsDoc, segments, measures);
        var divisions = LoadDivisions(sources.Divisions.Name, divisionsDoc, measures, indicators);
        var baseline = LoadBaseline(sources.Baseline.Name, baselineDoc, indicators);

        return new Catalogue(groups, measures, segments, indicators, divisions, baseline, Hash(sources));
    }

    private static T Parse<T>(NamedText file)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(file.Text, JsonOptions)
                ?? throw new CatalogueException(file.Name, "(全体)", "内容が空です。");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"{line + 1}行目" : "(全体)";
            throw new CatalogueException(file.Name, where, $"JSONとして読めません: {ex.Message}");
        }
    }

    private static List<MeasureGroup> LoadGroups(string file, MeasuresDocument doc)
    {
        var result = new List<MeasureGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (dto, index) in Required(file, "groups", doc.Groups).Select((g, i) => (g, i)))
        {
            var entry = $"groups[{index}]{(dto.Id is null ? string.Empty : $" ({dto.Id})")}";
            var id = RequiredText(file, entry, "id", dto.Id);
            if (!seen.Add(id))
            {
                throw new CatalogueException(file, entry, $"id「{id}」が重複しています。");
            }

            if (dto.ParentId is not null && !seen.Contains(dto.ParentId))
            {
                throw new CatalogueException(file, entry, $"parentId「{dto.ParentId}」がこれより前の groups にありません。");
            }

            result.Add(new MeasureGroup(id, dto.ParentId, RequiredText(file, entry, "title", dto.Title), dto.Theme));
        }

        return result;
    }

    private static List<Measure> LoadMeasures(string file, MeasuresDocument doc, List<MeasureGroup> groups)
    {
        var result = new List<Measure>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (dto, index) in Required(file, "measures", doc.Measures).Select((m, i) => (m, i)))
        {
            var entry = $"measures[{index}]{(dto.Id is null ? string.Empty : $" ({dto.Id})")}";
            var id = RequiredText(file, entry, "id", dto.Id);
            if (!MeasureIdPattern().IsMatch(id))
            {
                throw new CatalogueException(file, entry, $"id「{id}」の形式が不正です（例: 1-1-01, F3-2）。");
            }

            if (!seen.Add(id))
            {
                throw new CatalogueException(file, entry, $"id「{id}」が重複しています。");
            }

            var group = RequiredText(file, entry, "group", dto.Group);
            if (!groups.Any(g => g.Id == group))
            {
                throw new CatalogueException(file, entry, $"group「{group}」が groups にありません。");
            }

            if (dto.Horizon is not null && !Horizons.Contains(dto.Horizon))
            {
                throw new CatalogueException(file, entry, $"horizon「{dto.Horizon}」は {string.Join(" / ", Horizons)} のいずれかにしてください。");
            }

            if (dto.Horizon is null && !id.StartsWith('F'))
            {
                throw new CatalogueException(file, entry, "取り組みには horizon（期間）が必要です。");
            }

            result.Add(new Measure(
                id,
                RequiredText(file, entry, "title", dto.Title),
                dto.Horizon,
                group,
                dto.SubItems ?? [],
                dto.Source ?? string.Empty));
        }

        return result;
    }

    private static List<Indicator> LoadIndicators(string file, IndicatorsDocument doc, List<string> segments, List<Measure> measures)
    {
        var result = new List<Indicator>();
        var dtos = Required(file, "indicators", doc.Indicators);
        var ids = dtos.Select(d => d.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (dto, index) in dtos.Select((d, i) => (d, i)))
        {
            var entry = $"indicators[{index}]{(dto.Id is null ? string.Empty : $" ({dto.Id})")}";
            var id = RequiredText(file, entry, "id", dto.Id);
            if (!seen.Add(id))
            {
                throw new CatalogueException(file, entry, $"id「{id}」が重複しています。");
            }

            var type = RequiredText(file, entry, "type", dto.Type) switch
            {
                "number" => ValueType.Number,
                "integer" => ValueType.Integer,
                "percent" => ValueType.Percent,
                var other => throw new CatalogueException(file, entry, $"type「{other}」は number / integer / percent のいずれかにしてください。"),
            };
            var decimals = dto.Decimals ?? throw new CatalogueException(file, entry, "decimals がありません。");
            if (decimals is < 0 or > 6 || (type == ValueType.Integer && decimals != 0))
            {
                throw new CatalogueException(file, entry, $"decimals {decimals} は不正です（integer は 0、その他は 0〜6）。");
            }

            var indicatorSegments = Required(file, entry + ".segments", dto.Segments);
            foreach (var segment in indicatorSegments.Where(s => !segments.Contains(s)))
            {
                throw new CatalogueException(file, entry, $"区分「{segment}」が segments にありません。");
            }

            if (dto.MeasureId is not null && !measures.Any(m => m.Id == dto.MeasureId))
            {
                throw new CatalogueException(file, entry, $"measureId「{dto.MeasureId}」が measures.json にありません。");
            }

            var firstYear = dto.FirstYear ?? throw new CatalogueException(file, entry, "firstYear がありません。");
            if (firstYear is < 2000 or > 2100)
            {
                throw new CatalogueException(file, entry, $"firstYear {firstYear} は西暦の年度開始年で書いてください（例: 令和4年度 = 2022）。");
            }

            var rules = LoadRules(file, entry, dto.Rules, indicatorSegments, ids, id);
            result.Add(new Indicator(
                id,
                RequiredText(file, entry, "name", dto.Name),
                dto.ShortName ?? dto.Name!,
                dto.MeasureId,
                type,
                RequiredText(file, entry, "unit", dto.Unit),
                decimals,
                indicatorSegments,
                firstYear,
                rules,
                dto.Definition ?? string.Empty,
                dto.Source ?? string.Empty));
        }

        return result;
    }

    private static IndicatorRules LoadRules(string file, string entry, RulesDto? dto, List<string> segments, HashSet<string> ids, string id)
    {
        dto ??= new RulesDto(null, null, null, null, null, null, null, null);
        if (dto.Min is { } min && dto.Max is { } max && min > max)
        {
            throw new CatalogueException(file, entry, $"rules.min {min} が rules.max {max} より大きくなっています。");
        }

        if (dto.SoftMin is { } softMin && dto.SoftMax is { } softMax && softMin > softMax)
        {
            throw new CatalogueException(file, entry, $"rules.softMin {softMin} が rules.softMax {softMax} より大きくなっています。");
        }

        TotalBetweenRule? totalBetween = null;
        if (dto.TotalBetween is { } tb)
        {
            var total = RequiredText(file, entry, "rules.totalBetween.total", tb.Total);
            var components = Required(file, entry + ".rules.totalBetween.components", tb.Components);
            foreach (var segment in components.Append(total).Where(s => !segments.Contains(s)))
            {
                throw new CatalogueException(file, entry, $"rules.totalBetween の区分「{segment}」がこの指標の segments にありません。");
            }

            if (components.Count < 2)
            {
                throw new CatalogueException(file, entry, "rules.totalBetween.components には2つ以上の区分が必要です。");
            }

            totalBetween = new TotalBetweenRule(total, components);
        }

        if (dto.PartOf is { } partOf && (!ids.Contains(partOf) || partOf == id))
        {
            throw new CatalogueException(file, entry, $"rules.partOf「{partOf}」は別の指標の id にしてください。");
        }

        YearOverYearRule? yoy = null;
        if (dto.YearOverYear is { } y)
        {
            if (y.MaxAbsoluteChange is null && y.MaxRelativeChange is null)
            {
                throw new CatalogueException(file, entry, "rules.yearOverYear には maxAbsoluteChange か maxRelativeChange が必要です。");
            }

            if (y.MaxAbsoluteChange < 0 || y.MaxRelativeChange < 0)
            {
                throw new CatalogueException(file, entry, "rules.yearOverYear の値は0以上にしてください。");
            }

            yoy = new YearOverYearRule(y.MaxAbsoluteChange, y.MaxRelativeChange);
        }

        return new IndicatorRules(dto.Min, dto.Max, dto.SoftMin, dto.SoftMax, totalBetween, dto.PartOf, yoy, dto.AsOfInFiscalYear ?? true, dto.LagYears ?? 0);
    }

    private static List<Division> LoadDivisions(string file, DivisionsDocument doc, List<Measure> measures, List<Indicator> indicators)
    {
        var result = new List<Division>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (dto, index) in Required(file, "divisions", doc.Divisions).Select((d, i) => (d, i)))
        {
            var entry = $"divisions[{index}]{(dto.Code is null ? string.Empty : $" ({dto.Code})")}";
            var code = RequiredText(file, entry, "code", dto.Code);
            if (!DivisionCodePattern().IsMatch(code))
            {
                throw new CatalogueException(file, entry, $"code「{code}」はフォルダ名になるため、半角英小文字・数字・ハイフンで書いてください。");
            }

            if (!seen.Add(code))
            {
                throw new CatalogueException(file, entry, $"code「{code}」が重複しています。");
            }

            var kind = RequiredText(file, entry, "kind", dto.Kind) switch
            {
                "headquarters" => DivisionKind.Headquarters,
                "ward" => DivisionKind.Ward,
                var other => throw new CatalogueException(file, entry, $"kind「{other}」は headquarters（本庁）か ward（区役所）にしてください。"),
            };
            var assigned = dto.Measures ?? [];
            foreach (var measure in assigned.Where(m => !measures.Any(x => x.Id == m)))
            {
                throw new CatalogueException(file, entry, $"measures の「{measure}」が measures.json にありません。");
            }

            var assignedIndicators = dto.Indicators ?? [];
            foreach (var indicator in assignedIndicators.Where(i => !indicators.Any(x => x.Id == i)))
            {
                throw new CatalogueException(file, entry, $"indicators の「{indicator}」が indicators.json にありません。");
            }

            if (assigned.Distinct().Count() != assigned.Count || assignedIndicators.Distinct().Count() != assignedIndicators.Count)
            {
                throw new CatalogueException(file, entry, "measures または indicators に同じ id が2回あります。");
            }

            result.Add(new Division(code, RequiredText(file, entry, "name", dto.Name), kind, assigned, assignedIndicators));
        }

        foreach (var measure in measures.Where(m => !result.Any(d => d.Measures.Contains(m.Id))))
        {
            throw new CatalogueException(file, "divisions", $"取り組み「{measure.Id}」を担当する所属がありません。");
        }

        return result;
    }

    private static List<BaselineValue> LoadBaseline(string file, BaselineDocument doc, List<Indicator> indicators)
    {
        var result = new List<BaselineValue>();
        var keys = new HashSet<(string, int, string)>();
        foreach (var (dto, index) in Required(file, "values", doc.Values).Select((v, i) => (v, i)))
        {
            var entry = $"values[{index}]";
            var id = RequiredText(file, entry, "indicator", dto.Indicator);
            var indicator = indicators.FirstOrDefault(i => i.Id == id)
                ?? throw new CatalogueException(file, entry, $"indicator「{id}」が indicators.json にありません。");
            var year = dto.FiscalYear ?? throw new CatalogueException(file, entry, "fiscalYear がありません。");
            var segment = RequiredText(file, entry, "segment", dto.Segment);
            if (!indicator.AllowsSegment(segment))
            {
                throw new CatalogueException(file, entry, $"区分「{segment}」は {id} の segments にありません。");
            }

            if (year < indicator.FirstYear)
            {
                throw new CatalogueException(file, entry, $"{id} は {indicator.FirstYear} 年度からの指標です（fiscalYear {year}）。");
            }

            if (!keys.Add((id, year, segment)))
            {
                throw new CatalogueException(file, entry, $"{id} {year} {segment} が重複しています。");
            }

            var value = dto.Value ?? throw new CatalogueException(file, entry, "value がありません。");
            result.Add(new BaselineValue(id, year, segment, value, RequiredText(file, entry, "source", dto.Source)));
        }

        return result;
    }

    private static List<T> Required<T>(string file, string entry, List<T>? list)
        => list ?? throw new CatalogueException(file, entry, "必須の項目がありません。");

    private static string RequiredText(string file, string entry, string property, string? value)
        => string.IsNullOrWhiteSpace(value)
            ? throw new CatalogueException(file, entry, $"{property} がありません。")
            : value;

    private static string Hash(CatalogueSources sources)
    {
        var text = string.Join("\n", sources.Measures.Text, sources.Indicators.Text, sources.Divisions.Text).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    [GeneratedRegex("^([12]-[1-3]-[0-9]{2}|F[1-9]-[0-9])$")]
    private static partial Regex MeasureIdPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex DivisionCodePattern();
}
