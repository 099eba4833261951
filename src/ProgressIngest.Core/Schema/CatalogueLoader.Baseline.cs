using ProgressIngest.Core.Model;

namespace ProgressIngest.Core.Schema;

public static partial class CatalogueLoader
{
    private static List<BaselineValue> LoadBaseline(Site file, BaselineDocument doc, List<Indicator>? indicators, CatalogueProblems problems)
    {
        var result = new List<BaselineValue>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dto, index) in Indexed(problems.Need(doc.Values, file, "values")))
        {
            var site = file.Item("values", index, $"{dto.Indicator} {dto.FiscalYear} {dto.Segment}");
            var id = problems.Need(dto.Indicator, site, "indicator");
            var year = NeedYear(dto.FiscalYear, site, "fiscalYear", problems);
            var segment = problems.Need(dto.Segment, site, "segment");
            var indicator = indicators?.FirstOrDefault(i => i.Id == id);
            if (id is not null && indicators is not null && indicator is null)
            {
                problems.Add(site.At("indicator"), $"指標 \"{id}\" が indicators.json にありません。");
            }

            if (indicator is not null && segment is not null && !indicator.AllowsSegment(segment))
            {
                problems.Add(site.At("segment"), $"区分 \"{segment}\" は {indicator.Id} の segments（{string.Join(" / ", indicator.Segments)}）にありません。");
            }

            if (indicator is not null && year is { } early && early < indicator.FirstYear)
            {
                problems.Add(site.At("fiscalYear"), $"{indicator.Id} は {indicator.FirstYear.StartYear} 年度からの指標です（fiscalYear が {early.StartYear}）。");
            }

            if (id is not null && year is { } known && segment is not null)
            {
                CheckUnique(seen, $"{id} {known.StartYear} {segment}", site, "指標・年度・区分の組み合わせ", problems);
            }

            result.Add(new BaselineValue(id ?? string.Empty, year ?? FiscalYear.MinValue, segment ?? string.Empty, problems.Need(dto.Value, site, "value") ?? 0, problems.Need(dto.Source, site, "source") ?? string.Empty));
        }

        return result;
    }
}
