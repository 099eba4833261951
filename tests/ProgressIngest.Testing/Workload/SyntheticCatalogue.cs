using System.Text.Json;
using System.Text.Json.Nodes;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Files;

namespace ProgressIngest.Testing.Workload;

/// <summary>
/// The benchmark's catalogue: the real schemas with 30 more measures (five per sub-pillar, so every
/// workbook's 取り組み進捗 has 60 rows) and a registry of N municipality-like divisions, each reporting
/// every measure and every indicator. Written next to the generated files, never into schemas/.
/// </summary>
public static class SyntheticCatalogue
{
    public const int MeasureCount = 60;

    public static readonly FiscalYear ReportingYear = new(2025);

    private const int ExtraPerGroup = 5;

    private static readonly string[] Horizons = ["短期", "中長期", "常時", "短期・中長期"];

    private static readonly string[] Topics =
    [
        "窓口業務", "庶務事務", "会計事務", "文書管理", "契約事務", "補助金事務", "個人情報の管理", "公印の管理",
        "証明書発行", "住民異動届", "福祉手続き", "子育て支援手続き", "税務証明", "電子申請", "庁内照会",
    ];

    private static readonly string[] Verbs = ["標準化の推進", "点検体制の強化"];

    public static string SchemasDirectory(string root) => Path.Combine(root, "schemas");

    public static string SeedsDirectory(string root) => Path.Combine(root, "seeds");

    public static string DivisionCode(int index) => $"m{index + 1:D4}";

    /// <summary>Writes schemas/ and seeds/ under <paramref name="root"/> and loads them back, as the service would.</summary>
    public static Catalogue Write(string root, int divisions)
    {
        var schemas = SchemasDirectory(root);
        var seeds = SeedsDirectory(root);
        Directory.CreateDirectory(schemas);
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Schemas, "*.json"))
        {
            File.Copy(file, Path.Combine(schemas, Path.GetFileName(file)), overwrite: true);
        }

        File.Copy(Path.Combine(RepoPaths.Seeds, "baseline.json"), Path.Combine(seeds, "baseline.json"), overwrite: true);

        var measures = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Schemas, "measures.json")))!.AsObject();
        var list = measures["measures"]!.AsArray();
        var extraIndex = 0;
        foreach (var group in new[] { "1-1", "1-2", "1-3", "2-1", "2-2", "2-3" })
        {
            var existing = list.Count(m => (string?)m!["group"] == group);
            var lastIndex = list.Select((m, i) => (m, i)).Last(x => (string?)x.m!["group"] == group).i;
            for (var k = 1; k <= ExtraPerGroup; k++, extraIndex++)
            {
                var measure = new JsonObject
                {
                    ["id"] = $"{group}-{existing + k:D2}",
                    ["group"] = group,
                    ["horizon"] = Horizons[extraIndex % Horizons.Length],
                    ["title"] = $"{Topics[extraIndex % Topics.Length]}の{Verbs[extraIndex / Topics.Length % Verbs.Length]}",
                    ["subItems"] = new JsonArray(),
                    ["source"] = "ベンチマーク用の合成データ",
                };
                list.Insert(lastIndex + k, measure);
            }
        }

        Save(Path.Combine(schemas, "measures.json"), measures);

        var measureIds = list.Select(m => (string)m!["id"]!).ToList();
        var indicators = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Schemas, "indicators.json")))!["indicators"]!.AsArray()
            .Select(i => (string)i!["id"]!).ToList();
        var registry = new JsonArray();
        for (var i = 0; i < divisions; i++)
        {
            registry.Add(new JsonObject
            {
                ["code"] = DivisionCode(i),
                ["name"] = JapaneseText.Municipality(i + 1),
                ["kind"] = i % 2 == 0 ? "headquarters" : "ward",
                ["measures"] = new JsonArray([.. measureIds.Select(id => (JsonNode)id)]),
                ["indicators"] = new JsonArray([.. indicators.Select(id => (JsonNode)id)]),
            });
        }

        Save(Path.Combine(schemas, "divisions.json"), new JsonObject { ["$schema"] = "./divisions.schema.json", ["divisions"] = registry });
        var catalogue = CatalogueFiles.Load(schemas, seeds);
        if (catalogue.Measures.Count != MeasureCount)
        {
            throw new InvalidOperationException($"synthetic catalogue has {catalogue.Measures.Count} measures, expected {MeasureCount}");
        }

        return catalogue;
    }

    private static void Save(string path, JsonNode node)
        => File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
}
