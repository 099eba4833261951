using BenchmarkDotNet.Attributes;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Core.Validation;
using ProgressIngest.Testing;
using ProgressIngest.Testing.Workload;

namespace ProgressIngest.Benchmarks;

/// <summary>
/// Per-file cost of the in-process stages on the small workload's first 20 files, under
/// BenchmarkDotNet (`-- bdn --filter *`). The process-level figures come from `run`.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private IReadOnlyList<string> _files = [];
    private Catalogue _catalogue = null!;
    private IndicatorHistory _history = null!;
    private List<IngestReport> _reports = [];
    private string _scratch = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var workload = Path.Combine(RepoPaths.Root, "bench-data", WorkloadSize.Small.Name);
        WorkloadGenerator.Generate(workload, WorkloadSize.Small, 42);
        _files = [.. PipelineStages.Files(workload).Take(20)];
        _catalogue = PipelineStages.LoadCatalogue(workload);
        _history = PipelineStages.BaselineHistory(_catalogue);
        _reports = [.. _files.Select(f => PipelineStages.Check(f, _catalogue, _history))];
        _scratch = Path.Combine(Path.GetTempPath(), "progressingest-bdn");
    }

    [Benchmark(Baseline = true)]
    public long BareRead() => _files.Sum(PipelineStages.BareRead);

    [Benchmark]
    public long Read() => _files.Sum(f => PipelineStages.Read(f));

    [Benchmark]
    public long ReadAndValidate() => _files.Sum(f => PipelineStages.Check(f, _catalogue, _history).Findings.Count);

    [Benchmark]
    public void Feedback()
    {
        for (var i = 0; i < _files.Count; i++)
        {
            PipelineStages.Feedback(_files[i], _reports[i], _scratch);
        }
    }
}
