namespace ProgressIngest.Core.Schema;

public static partial class CatalogueLoader
{
    private static List<MeasureGroup> LoadGroups(Site file, MeasuresDocument doc, CatalogueProblems problems)
    {
        var result = new List<MeasureGroup>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dto, index) in Indexed(problems.Need(doc.Groups, file, "groups")))
        {
            var site = file.Item("groups", index, dto.Id);
            var id = problems.Need(dto.Id, site, "id");
            CheckUnique(seen, id, site.At("id"), "id", problems);
            if (dto.ParentId is not null && !result.Any(g => g.Id == dto.ParentId))
            {
                problems.Add(site.At("parentId"), $"parentId \"{dto.ParentId}\" のグループがこれより前にありません（親のグループを先に書いてください）。");
            }

            result.Add(new MeasureGroup(id ?? string.Empty, dto.ParentId, problems.Need(dto.Title, site, "title") ?? string.Empty, dto.Theme));
        }

        return result;
    }

    private static List<Measure> LoadMeasures(Site file, MeasuresDocument doc, List<MeasureGroup> groups, CatalogueProblems problems)
    {
        var result = new List<Measure>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dto, index) in Indexed(problems.Need(doc.Measures, file, "measures")))
        {
            var site = file.Item("measures", index, dto.Id);
            var id = problems.Need(dto.Id, site, "id");
            CheckUnique(seen, id, site.At("id"), "id", problems);
            var group = problems.Need(dto.Group, site, "group");
            if (group is not null && !groups.Any(g => g.Id == group))
            {
                problems.Add(site.At("group"), $"group \"{group}\" が groups にありません。");
            }

            result.Add(new Measure(
                id ?? string.Empty,
                problems.Need(dto.Title, site, "title") ?? string.Empty,
                dto.Horizon,
                group ?? string.Empty,
                [.. (problems.Need(dto.SubItems, site, "subItems") ?? []).OfType<string>()],
                problems.Need(dto.Source, site, "source") ?? string.Empty));
        }

        return result;
    }
}
