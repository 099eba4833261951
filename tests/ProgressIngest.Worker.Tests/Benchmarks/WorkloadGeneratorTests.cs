using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Testing.Workload;

namespace ProgressIngest.Worker.Tests.Benchmarks;

/// <summary>The benchmark's workload must mean what it says: habits read clean, planted problems are found.</summary>
public sealed class WorkloadGeneratorTests
{
    [Fact]
    public void Tiny_workload_validates_as_planted()
    {
        using var root = new TempRoot();
        var planted = WorkloadGenerator.Generate(root.Path, WorkloadSize.Parse("tiny24"), seed: 7);
        var catalogue = PipelineStages.LoadCatalogue(root.Path);
        var history = PipelineStages.BaselineHistory(catalogue);

        Assert.Equal(24, planted.Count);
        Assert.Contains(planted, p => p.Expected == Outcome.Accepted);
        Assert.Contains(planted, p => p.Expected == Outcome.AcceptedWithWarnings);
        Assert.Contains(planted, p => p.Expected == Outcome.Returned);
        foreach (var file in planted)
        {
            var report = PipelineStages.Check(Path.Combine(root.Path, file.Path), catalogue, history);
            var rules = PipelineStages.RuleIdsOf(report);
            var detail = $"{file.Path}: {string.Join(" / ", report.Findings.Select(f => $"{f.RuleId} {f.Sheet}!{f.Cell} {f.Message}"))}";
            Assert.True(file.Expected == report.Outcome, $"expected {file.Expected}, got {report.Outcome} — {detail}");
            Assert.All(file.PlantedRules, rule => Assert.Contains(rule, rules));
            if (file.Expected == Outcome.Accepted)
            {
                Assert.True(report.Findings.Count == 0, detail);
            }
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_workload()
    {
        using var a = new TempRoot();
        using var b = new TempRoot();
        var first = WorkloadGenerator.Generate(a.Path, WorkloadSize.Parse("tiny6"), seed: 3);
        var second = WorkloadGenerator.Generate(b.Path, WorkloadSize.Parse("tiny6"), seed: 3);

        Assert.Equal(first.Select(f => (f.Path, f.Expected, string.Join(",", f.PlantedRules))), second.Select(f => (f.Path, f.Expected, string.Join(",", f.PlantedRules))));
        var readA = first.Select(f => PipelineStages.BareRead(Path.Combine(a.Path, f.Path)));
        var readB = second.Select(f => PipelineStages.BareRead(Path.Combine(b.Path, f.Path)));
        Assert.Equal(readA, readB);
    }
}
