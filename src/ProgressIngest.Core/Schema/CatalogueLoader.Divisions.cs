namespace ProgressIngest.Core.Schema;

public static partial class CatalogueLoader
{
    private static List<Division> LoadDivisions(Site file, DivisionsDocument doc, List<Measure>? measures, List<Indicator>? indicators, CatalogueProblems problems)
    {
        var result = new List<Division>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dto, index) in Indexed(problems.Need(doc.Divisions, file, "divisions")))
        {
            var site = file.Item("divisions", index, dto.Code);
            var code = problems.Need(dto.Code, site, "code");
            CheckUnique(seen, code, site.At("code"), "code", problems);
            var assigned = (problems.Need(dto.Measures, site, "measures") ?? []).OfType<string>().ToList();
            foreach (var (measure, k) in assigned.Select((m, k) => (m, k)).Where(x => measures is not null && !measures.Any(m => m.Id == x.m)))
            {
                problems.Add(site.At("measures").At(k), $"取り組み \"{measure}\" が measures.json にありません。");
            }

            var assignedIndicators = (problems.Need(dto.Indicators, site, "indicators") ?? []).OfType<string>().ToList();
            foreach (var (indicator, k) in assignedIndicators.Select((i, k) => (i, k)).Where(x => indicators is not null && !indicators.Any(i => i.Id == x.i)))
            {
                problems.Add(site.At("indicators").At(k), $"指標 \"{indicator}\" が indicators.json にありません。");
            }

            result.Add(new Division(code ?? string.Empty, problems.Need(dto.Name, site, "name") ?? string.Empty, ParseKind(problems.Need(dto.Kind, site, "kind"), site, problems), assigned, assignedIndicators));
        }

        foreach (var measure in (measures ?? []).Where(m => !result.Any(d => d.Measures.Contains(m.Id))))
        {
            problems.Add(file.At("divisions"), $"取り組み \"{measure.Id}\" を担当する所属がありません（どこかの所属の measures に加えてください）。");
        }

        return result;
    }

    private static DivisionKind ParseKind(string? kind, Site site, CatalogueProblems problems)
    {
        switch (kind)
        {
            case "headquarters" or null: return DivisionKind.Headquarters;
            case "ward": return DivisionKind.Ward;
            default:
                problems.AddShapeGap(site.At("kind"), $"kind \"{kind}\" は headquarters（本庁）か ward（区役所）にしてください。");
                return DivisionKind.Headquarters;
        }
    }
}
