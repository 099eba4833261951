using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Schema;

public static partial class CatalogueLoader
{
    private static List<Indicator> LoadIndicators(Site file, IndicatorsDocument doc, List<Measure>? measures, CatalogueProblems problems)
    {
        var segments = (problems.Need(doc.Segments, file, "segments") ?? []).OfType<string>().ToList();
        var dtos = Indexed(problems.Need(doc.Indicators, file, "indicators")).ToList();
        var ids = dtos.Select(d => d.Item.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var result = new List<Indicator>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dto, index) in dtos)
        {
            var site = file.Item("indicators", index, dto.Id);
            var id = problems.Need(dto.Id, site, "id");
            CheckUnique(seen, id, site.At("id"), "id", problems);
            var indicatorSegments = (problems.Need(dto.Segments, site, "segments") ?? []).OfType<string>().ToList();
            foreach (var (segment, k) in indicatorSegments.Select((s, k) => (s, k)).Where(x => !segments.Contains(x.s)))
            {
                problems.Add(site.At("segments").At(k), $"区分 \"{segment}\" がこのファイルの segments にありません。");
            }

            if (dto.MeasureId is not null && measures is not null && !measures.Any(m => m.Id == dto.MeasureId))
            {
                problems.Add(site.At("measureId"), $"measureId \"{dto.MeasureId}\" が measures.json にありません。");
            }

            var rules = LoadRules(site.At("rules"), problems.Need(dto.Rules, site, "rules"), indicatorSegments, ids, id, problems);
            result.Add(new Indicator(
                id ?? string.Empty,
                problems.Need(dto.Name, site, "name") ?? string.Empty,
                problems.Need(dto.ShortName, site, "shortName") ?? string.Empty,
                dto.MeasureId,
                ParseType(problems.Need(dto.Type, site, "type"), site, problems),
                problems.Need(dto.Unit, site, "unit") ?? string.Empty,
                problems.Need(dto.Decimals, site, "decimals") ?? 0,
                indicatorSegments,
                NeedYear(dto.FirstYear, site, "firstYear", problems) ?? FiscalYear.MinValue,
                rules,
                problems.Need(dto.Definition, site, "definition") ?? string.Empty,
                problems.Need(dto.Source, site, "source") ?? string.Empty));
        }

        return result;
    }

    private static ValueType ParseType(string? type, Site site, CatalogueProblems problems)
    {
        switch (type)
        {
            case "number" or null: return ValueType.Number;
            case "integer": return ValueType.Integer;
            case "percent": return ValueType.Percent;
            default:
                problems.AddShapeGap(site.At("type"), $"type \"{type}\" は number / integer / percent のいずれかにしてください。");
                return ValueType.Number;
        }
    }

    /// <summary>The rule checks that need more than one value or another indicator; ranges and required fields are the schema's.</summary>
    private static IndicatorRules LoadRules(Site site, RulesDto? dto, List<string> segments, HashSet<string> ids, string? id, CatalogueProblems problems)
    {
        dto ??= new RulesDto(null, null, null, null, null, null, null, null);
        if (dto.Min is { } min && dto.Max is { } max && min > max)
        {
            problems.Add(site.At("min"), $"min {min} が max {max} より大きくなっています。");
        }

        if (dto.SoftMin is { } softMin && dto.SoftMax is { } softMax && softMin > softMax)
        {
            problems.Add(site.At("softMin"), $"softMin {softMin} が softMax {softMax} より大きくなっています。");
        }

        TotalBetweenRule? totalBetween = null;
        if (dto.TotalBetween is { } tb)
        {
            var total = problems.Need(tb.Total, site.At("totalBetween"), "total");
            var components = (problems.Need(tb.Components, site.At("totalBetween"), "components") ?? []).OfType<string>().ToList();
            if (total is not null && !segments.Contains(total))
            {
                problems.Add(site.At("totalBetween").At("total"), $"区分 \"{total}\" がこの指標の segments にありません。");
            }

            foreach (var (segment, k) in components.Select((s, k) => (s, k)).Where(x => !segments.Contains(x.s)))
            {
                problems.Add(site.At("totalBetween").At("components").At(k), $"区分 \"{segment}\" がこの指標の segments にありません。");
            }

            totalBetween = new TotalBetweenRule(total ?? string.Empty, components);
        }

        if (dto.PartOf is { } partOf && (!ids.Contains(partOf) || partOf == id))
        {
            problems.Add(site.At("partOf"), $"partOf \"{partOf}\" は、このファイルにある別の指標の id にしてください。");
        }

        var yoy = dto.YearOverYear is { } y ? new YearOverYearRule(y.MaxAbsoluteChange, y.MaxRelativeChange) : null;
        var asOf = problems.Need(dto.AsOfInFiscalYear, site, "asOfInFiscalYear") ?? true;
        return new IndicatorRules(dto.Min, dto.Max, dto.SoftMin, dto.SoftMax, totalBetween, dto.PartOf, yoy, asOf, dto.LagYears ?? 0);
    }
}
