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
        Assert.Equal(192.6m, catalogue.Baseline.Single(b => b.IndicatorId == "OT-HOURS" && b.FiscalYear == 2024 && b.Segment == "全体").Value);
        Assert.Equal(12, catalogue.Hash.Length);
    }

    [Fact]
    public void Load_DuplicateMeasureId_NamesFileEntryAndProblem()
    {
        var sources = TestCatalogue.Sources(measures: t => t.Replace("\"id\": \"1-1-02\"", "\"id\": \"1-1-01\"", StringComparison.Ordinal));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        Assert.Equal("schemas/measures.json", ex.File);
        Assert.Equal("measures[1] (1-1-01)", ex.Entry);
        Assert.Contains("重複", ex.Problem);
    }

    [Fact]
    public void Load_DivisionWithUnknownMeasure_IsRefused()
    {
        var sources = TestCatalogue.Sources(divisions: t => t.Replace("\"1-3-03\"", "\"1-3-09\"", StringComparison.Ordinal));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        Assert.Equal("schemas/divisions.json", ex.File);
        Assert.Contains("bpr", ex.Entry);
        Assert.Contains("1-3-09", ex.Problem);
    }

    [Fact]
    public void Load_MisspelledProperty_IsRefusedNotIgnored()
    {
        var sources = TestCatalogue.Sources(indicators: t => t.Replace("\"softMax\": 360", "\"softMaks\": 360", StringComparison.Ordinal));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        Assert.Equal("schemas/indicators.json", ex.File);
        Assert.Contains("softMaks", ex.Problem);
    }

    [Fact]
    public void Load_BrokenJson_SaysWhichLine()
    {
        var sources = TestCatalogue.Sources(baseline: t => t.Replace("206.1", "206..1", StringComparison.Ordinal));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        Assert.Equal("seeds/baseline.json", ex.File);
        Assert.EndsWith("行目", ex.Entry);
    }

    [Fact]
    public void Load_BaselineValueForUnknownSegment_IsRefused()
    {
        var sources = TestCatalogue.Sources(baseline: t => ReplaceFirst(t, "\"segment\": \"本庁等\"", "\"segment\": \"本庁\""));

        var ex = Assert.Throws<CatalogueException>(() => CatalogueLoader.Load(sources));

        Assert.Contains("本庁", ex.Problem);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var i = text.IndexOf(find, StringComparison.Ordinal);
        return text[..i] + replace + text[(i + find.Length)..];
    }
}
