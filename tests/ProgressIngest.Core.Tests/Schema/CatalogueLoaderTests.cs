using ProgressIngest.Core.Model;
using ProgressIngest.Core.Schema;

namespace ProgressIngest.Core.Tests.Schema;

public class CatalogueLoaderTests
{
    [Fact]
    public void Load_RealCatalogue_HasTheReportsMeasuresIndicatorsAndDivisions()
    {
        var catalogue = TestCatalogue.Real;

        Assert.Equal(25, catalogue.Measures.Count(m => !m.IsTheme));
        Assert.Equal(["F1-1", "F2-1", "F3-1", "F3-2", "F4-1"], catalogue.Measures.Where(m => m.IsTheme).Select(m => m.Id));
        Assert.Equal("業務の見直し等を踏まえた職員が担うべき業務の整理", catalogue.FindMeasure("1-1-01")!.Title);
        Assert.Equal("中長期", catalogue.FindMeasure("1-1-01")!.Horizon);
        Assert.Equal("2-3-05", catalogue.Measures.Where(m => !m.IsTheme).Last().Id);
        Assert.Equal(10, catalogue.Divisions.Count);
        Assert.All(catalogue.Measures, m => Assert.Contains(catalogue.Divisions, d => d.Measures.Contains(m.Id)));
        Assert.Equal(192.6m, catalogue.Baseline.Single(b => b.IndicatorId == "OT-HOURS" && b.FiscalYear == new FiscalYear(2024) && b.Segment == "全体").Value);
        Assert.Equal(12, catalogue.Hash.Length);
    }

    [Fact]
    public void Load_DuplicateMeasureId_NamesFilePointerEntryAndProblem()
    {
        var sources = TestCatalogue.Sources(measures: t => t.Replace("\"id\": \"1-1-02\"", "\"id\": \"1-1-01\"", StringComparison.Ordinal));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        var problem = ex.Problems[0];
        Assert.Equal("schemas/measures.json", problem.File);
        Assert.Equal("/measures/1/id", problem.Location);
        Assert.Equal("1-1-01", problem.Entry);
        Assert.Contains("重複", problem.Message);
        Assert.Contains("/measures/0/id", problem.Message);
    }

    [Fact]
    public void Load_DivisionWithUnknownMeasure_IsRefused()
    {
        var sources = TestCatalogue.Sources(divisions: t => t.Replace("\"1-3-03\"", "\"1-3-09\"", StringComparison.Ordinal));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        Assert.Equal(
            ["schemas/divisions.json /divisions 1-3-03", "schemas/divisions.json /divisions/1/measures/0 bpr"],
            ex.Problems.Select(p => $"{p.File} {p.Location} {p.Entry ?? Quoted(p.Message)}"));
        Assert.Contains("1-3-09", ex.Problems[1].Message);
    }

    [Fact]
    public void Load_ThreeIndependentMistakes_ReportsAllThreeInOneRun()
    {
        var sources = TestCatalogue.Sources(
            measures: t => t.Replace("{\"id\": \"1-1\", \"parentId\": \"1\"", "{\"id\": \"1-1\", \"parentId\": \"2\"", StringComparison.Ordinal),
            divisions: t => t.Replace("\"BPR-SUPPORT-DONE\"]", "\"BPR-SUPORT-DONE\"]", StringComparison.Ordinal),
            baseline: t => ReplaceFirst(t, "\"indicator\": \"SURVEY-Q32\", \"fiscalYear\": 2024", "\"indicator\": \"SURVEY-Q32\", \"fiscalYear\": 2023"));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        Assert.Equal(
            ["schemas/measures.json /groups/1/parentId", "schemas/divisions.json /divisions/1/indicators/1", "seeds/baseline.json /values/9/fiscalYear"],
            ex.Problems.Select(p => $"{p.File} {p.Location}"));
        Assert.All(ex.Problems, p => Assert.Contains(p.ToString(), ex.Message));
        Assert.StartsWith("設定ファイルの誤り 3 件", ex.Message);
    }

    [Fact]
    public void Load_FormatProblems_AreReportedTogetherWithCrossReferenceProblems()
    {
        var sources = TestCatalogue.Sources(
            divisions: t => t.Replace("\"1-3-03\"", "\"1-3-09\"", StringComparison.Ordinal),
            baseline: t => ReplaceFirst(t, "\"segment\": \"本庁等\"", "\"segment\": \"本庁\""));
        var schema = new FakeFormatValidator(CatalogueFile.Baseline, new CatalogueProblem("seeds/baseline.json", "/values/3/segment", "OT-HOURS 2022 本庁", "区分が違います。"));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources, schema));

        Assert.Equal(
            ["schemas/divisions.json /divisions", "schemas/divisions.json /divisions/1/measures/0", "seeds/baseline.json /values/3/segment", "seeds/baseline.json /values/3/segment"],
            ex.Problems.Select(p => $"{p.File} {p.Location}"));
        Assert.Equal([CatalogueFile.Measures, CatalogueFile.Indicators, CatalogueFile.Divisions, CatalogueFile.Baseline], schema.Seen);
    }

    [Fact]
    public void Load_MissingPropertyTheSchemaMissed_IsStillReported()
    {
        var sources = TestCatalogue.Sources(divisions: t => t.Replace("\"name\": \"人事課\",", string.Empty, StringComparison.Ordinal));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources, new FakeFormatValidator(CatalogueFile.Measures)));

        Assert.Equal("schemas/divisions.json /divisions/0/name jinji", $"{ex.File} {ex.Entry} {ex.Problems[0].Entry}");
    }

    [Fact]
    public void Load_BrokenJson_SaysWhichLineAndStillChecksTheOtherFiles()
    {
        var sources = TestCatalogue.Sources(
            baseline: t => t.Replace("206.1", "206..1", StringComparison.Ordinal),
            divisions: t => t.Replace("\"1-3-03\"", "\"1-3-09\"", StringComparison.Ordinal));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        var broken = Assert.Single(ex.Problems, p => p.File == "seeds/baseline.json");
        Assert.EndsWith("行目", broken.Location);
        Assert.Contains(ex.Problems, p => p.Message.Contains("1-3-09"));
    }

    [Fact]
    public void Load_BaselineValueForUnknownSegment_IsRefused()
    {
        var sources = TestCatalogue.Sources(baseline: t => ReplaceFirst(t, "\"segment\": \"本庁等\"", "\"segment\": \"本庁\""));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        Assert.Contains("本庁", ex.Problem);
        Assert.Equal("/values/3/segment", ex.Problems[0].Location);
    }

    [Fact]
    public void Load_YearsNoFiscalYearCanBeWithoutSchemas_AreProblemsNotACrash()
    {
        var sources = TestCatalogue.Sources(
            indicators: t => ReplaceFirst(t, "\"firstYear\": 2024", "\"firstYear\": 3000"),
            baseline: t => ReplaceFirst(t, "\"indicator\": \"SURVEY-Q32\", \"fiscalYear\": 2024", "\"indicator\": \"SURVEY-Q32\", \"fiscalYear\": 1900"));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        Assert.Equal(
            ["schemas/indicators.json /indicators/1/firstYear", "seeds/baseline.json /values/9/fiscalYear"],
            ex.Problems.Select(p => $"{p.File} {p.Location}"));
        Assert.Contains("3000", ex.Problems[0].Message);
        Assert.Contains("1900", ex.Problems[1].Message);
    }

    [Fact]
    public void Load_YearOutsideTheFiscalYears_IsLeftToTheSchemaWhenThereIsOne()
    {
        var sources = TestCatalogue.Sources(baseline: t => ReplaceFirst(t, "\"indicator\": \"SURVEY-Q32\", \"fiscalYear\": 2024", "\"indicator\": \"SURVEY-Q32\", \"fiscalYear\": 1900"));
        var schema = new FakeFormatValidator(CatalogueFile.Baseline, new CatalogueProblem("seeds/baseline.json", "/values/9/fiscalYear", "SURVEY-Q32 1900 全体", "2000 以上にしてください。"));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources, schema));

        Assert.Equal("2000 以上にしてください。", Assert.Single(ex.Problems).Message);
    }

    private static string Quoted(string message) => message.Split('"')[1];

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var i = text.IndexOf(find, StringComparison.Ordinal);
        return text[..i] + replace + text[(i + find.Length)..];
    }

    private sealed class FakeFormatValidator(CatalogueFile file, params CatalogueProblem[] problems) : ICatalogueFormatValidator
    {
        public List<CatalogueFile> Seen { get; } = [];

        public IReadOnlyList<CatalogueProblem> Validate(CatalogueFile kind, string fileName, System.Text.Json.JsonElement document)
        {
            Seen.Add(kind);
            return kind == file ? problems : [];
        }
    }
}
