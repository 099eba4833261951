using System.Reflection;
using ProgressIngest.Core.Findings;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Rules;

public class RuleRegistryTests
{
    private static IEnumerable<string> DeclaredIds()
        => typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Registry_EveryRuleIdOnceWithTitleDescriptionAndExample()
    {
        Assert.Equal(DeclaredIds().Order(StringComparer.Ordinal), RuleRegistry.All.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(RuleRegistry.All, r =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.False(string.IsNullOrWhiteSpace(r.Example));
            Assert.NotEmpty(r.Fields);
            Assert.True(!r.Explainable || r.Severity == Severity.Warning, $"{r.Id}: only warnings can be explained");
        });
    }

    [Fact]
    public void RulesDocument_IsTheOneGeneratedFromTheRegistry()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, RulesDocument.RelativePath)).ReplaceLineEndings("\n");

        Assert.True(
            committed == RulesDocument.Render(),
            $"{RulesDocument.RelativePath} is stale: run `dotnet run --project tests/ProgressIngest.Testing -- rules-doc {RulesDocument.RelativePath}`");
        Assert.All(RuleRegistry.All, r => Assert.Contains($"`{r.Id}`", committed));
    }
}
