using System.Text.Json;
using System.Text.Json.Nodes;
using ProgressIngest.Core.Schema;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Schemas;

namespace ProgressIngest.Worker.Tests.Schemas;

public class CatalogueSchemaValidatorTests
{
    private static readonly CatalogueSchemaValidator Validator = new(CatalogueSchemas.Current);

    [Theory]
    [InlineData(CatalogueFile.Measures, "schemas/measures.json")]
    [InlineData(CatalogueFile.Indicators, "schemas/indicators.json")]
    [InlineData(CatalogueFile.Divisions, "schemas/divisions.json")]
    [InlineData(CatalogueFile.Baseline, "seeds/baseline.json")]
    public void Validate_CommittedFile_HasNoProblems(CatalogueFile file, string path)
    {
        Assert.Empty(Validate(file, path, _ => { }));
    }

    [Fact]
    public void Validate_DivisionsWithThreeMistakes_ReportsAllThreeWithPointerEntryAndJapanese()
    {
        var problems = Validate(CatalogueFile.Divisions, "schemas/divisions.json", d =>
        {
            d["divisions"]![1]!["measures"]!.AsArray().Add("F5-1");
            d["divisions"]![3]!.AsObject().Remove("code");
            d["divisions"]![5]!["kind"] = "wardd";
        });

        Assert.Equal(
            ["/divisions/1/measures/2 bpr", "/divisions/3/code コンプライアンス推進課", "/divisions/5/kind aoba"],
            problems.Select(p => $"{p.Location} {p.Entry}"));
        Assert.Contains("\"F5-1\"", problems[0].Message);
        Assert.Equal("必須の項目 \"code\" がありません。", problems[1].Message);
        Assert.StartsWith("\"kind\" は headquarters / ward のいずれかにしてください", problems[2].Message);
    }

    [Theory]
    [InlineData("/indicators/0/rules/softMaks", "\"softMax\" の書き間違いではありませんか")]
    [InlineData("/indicators/0/decimals", "\"decimals\" は 6 以下にしてください（今は 7）")]
    [InlineData("/indicators/1/decimals", "\"decimals\" は 0 にしてください")]
    [InlineData("/indicators/2/rules/yearOverYear", "少なくとも一方に数値を書きます")]
    [InlineData("/indicators/3/rules/totalBetween/components", "\"components\" には 2 件以上必要です（今は 1 件）")]
    [InlineData("/indicators/4/firstYear", "\"firstYear\" は 2000 以上にしてください（今は 1999）")]
    [InlineData("/indicators/4/measureId", "\"measureId\" の書き方が正しくありません（今は \"F5-1\"）")]
    [InlineData("/indicators/5/rules/asOfInFiscalYear", "必須の項目 \"asOfInFiscalYear\" がありません")]
    [InlineData("/indicators/6/name", "\"name\" は 文字列（\"…\"） にしてください（今は 3）")]
    [InlineData("/indicators/7/type", "\"type\" は number / integer / percent のいずれかにしてください（今は \"float\"）")]
    public void Validate_IndicatorMistake_GivesPointerAndJapaneseExplanation(string pointer, string message)
    {
        var problems = Validate(CatalogueFile.Indicators, "schemas/indicators.json", d =>
        {
            var list = d["indicators"]!.AsArray();
            list[0]!["rules"]!["softMaks"] = 1;
            list[0]!["decimals"] = 7;
            list[1]!["type"] = "integer";
            list[2]!["rules"]!["yearOverYear"] = new JsonObject { ["maxAbsoluteChange"] = null, ["maxRelativeChange"] = null };
            list[3]!["rules"]!["totalBetween"] = new JsonObject { ["total"] = "全体", ["components"] = new JsonArray("本庁等") };
            list[4]!["firstYear"] = 1999;
            list[4]!["measureId"] = "F5-1";
            list[5]!["rules"]!.AsObject().Remove("asOfInFiscalYear");
            list[6]!["name"] = 3;
            list[7]!["type"] = "float";
        });

        var problem = Assert.Single(problems, p => p.Location == pointer);
        Assert.Contains(message, problem.Message);
        Assert.Equal(10, problems.Count);
    }

    [Theory]
    [InlineData("/groups/1/parentId", "1-1", "柱の ID（1 または 2）を書きます")]
    [InlineData("/measures/0/horizon", "1-1-01", "\"horizon\" は 短期 / 中長期 / 常時 / 短期・中長期 のいずれかにしてください（今は \"長期\"）")]
    [InlineData("/measures/1/id", "1-1-1", "「柱-項目-連番2桁」")]
    [InlineData("/measures/2/subItems", "1-1-03", "同じ値が2回以上あります")]
    [InlineData("/measures/29/horizon", "F4-1", "horizon は null にします")]
    public void Validate_MeasureMistake_GivesPointerEntryAndJapaneseExplanation(string pointer, string entry, string message)
    {
        var problems = Validate(CatalogueFile.Measures, "schemas/measures.json", d =>
        {
            d["groups"]![1]!["parentId"] = null;
            var list = d["measures"]!.AsArray();
            list[0]!["horizon"] = "長期";
            list[1]!["id"] = "1-1-1";
            list[2]!["subItems"] = new JsonArray("a", "a");
            list[29]!["horizon"] = "短期";
        });

        var problem = Assert.Single(problems, p => p.Location == pointer);
        Assert.Equal(entry, problem.Entry);
        Assert.Contains(message, problem.Message);
        Assert.Equal(5, problems.Count);
    }

    [Theory]
    [InlineData("F1-1", true)]
    [InlineData("F3-2", true)]
    [InlineData("F4-1", true)]
    [InlineData("F5-1", false)]
    [InlineData("F9-1", false)]
    [InlineData("2-3-05", true)]
    public void Validate_MeasureIdPattern_ComesFromTheMeasuresSchemaForEveryFile(string id, bool valid)
    {
        var measures = Validate(CatalogueFile.Measures, "schemas/measures.json", d => d["measures"]!.AsArray()[^1]!["id"] = id);
        var divisions = Validate(CatalogueFile.Divisions, "schemas/divisions.json", d => d["divisions"]![0]!["measures"]!.AsArray().Add(id));
        var indicators = Validate(CatalogueFile.Indicators, "schemas/indicators.json", d => d["indicators"]![0]!["measureId"] = id);

        Assert.Equal(valid, !measures.Any(p => p.Location.EndsWith("/id", StringComparison.Ordinal)));
        Assert.Equal(valid, divisions.Count == 0);
        Assert.Equal(valid, indicators.Count == 0);
    }

    private static List<CatalogueProblem> Validate(CatalogueFile file, string path, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, path)))!;
        edit(node);
        using var document = JsonDocument.Parse(node.ToJsonString());
        return [.. Validator.Validate(file, path, document.RootElement)];
    }
}
