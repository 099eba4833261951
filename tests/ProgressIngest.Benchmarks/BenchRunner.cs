using System.Globalization;
using System.Text.Json;
using ProgressIngest.Testing;
using ProgressIngest.Testing.Workload;

namespace ProgressIngest.Benchmarks;

/// <summary>
/// Runs every stage and baseline of one workload as separate processes, several times, interleaved
/// (run 1 of every stage, then run 2 …) so a noisy moment hits all of them alike.
/// </summary>
internal sealed class BenchRunner
{
    private readonly string _data;
    private readonly string _self;
    private readonly string _worker;
    private readonly bool _pandas;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly List<Measurement> _results = [];

    public BenchRunner(string data)
    {
        _data = data;
        _self = typeof(BenchRunner).Assembly.Location;
        _worker = Path.Combine(RepoPaths.Root, "src", "ProgressIngest.Worker", "bin", "Release", "net10.0", "ProgressIngest.Worker.dll");
        if (!File.Exists(_worker))
        {
            throw new InvalidOperationException($"build Release first: {_worker} is missing");
        }

        _pandas = File.Exists("/usr/bin/python3") && TimedProcess.Run("/usr/bin/python3", ["-c", "import pandas, openpyxl"]).ExitCode == 0;
    }

    public IReadOnlyList<Measurement> Results => _results;

    /// <summary>Keeps earlier results of other sizes (from results.json), so one size can be re-run alone.</summary>
    public void Keep(IEnumerable<Measurement> earlier) => _results.AddRange(earlier);

    public static IReadOnlyList<Measurement> Load(string path)
        => File.Exists(path) ? JsonSerializer.Deserialize<List<Measurement>>(File.ReadAllText(path)) ?? [] : [];

    public void Run(WorkloadSize size, int runs, int seed, bool watch)
    {
        var workload = Path.Combine(_data, size.Name);
        Console.WriteLine($"== {size.Name}: generating (seed {seed}) …");
        WorkloadGenerator.Generate(workload, size, seed);
        var scratch = Path.Combine(_data, "scratch", size.Name);
        var schemas = SyntheticCatalogue.SchemasDirectory(workload);
        var seeds = SyntheticCatalogue.SeedsDirectory(workload);
        for (var run = 1; run <= runs; run++)
        {
            Reset(scratch);
            Stage(size, run, "bare-read", workload, scratch);
            Stage(size, run, "read", workload, scratch);
            Stage(size, run, "check", workload, scratch);
            Stage(size, run, "bare-merge", workload, scratch);
            if (_pandas)
            {
                Process(size, run, "pandas", "/usr/bin/python3", [Path.Combine(RepoPaths.Root, "scripts", "bench_pandas.py"), WorkloadGenerator.Inbox(workload), Path.Combine(scratch, "pandas.xlsx")]);
            }

            if (size.IsBig)
            {
                Stage(size, run, "master-big", workload, scratch);
                continue;
            }

            Stage(size, run, "feedback", workload, scratch);
            Stage(size, run, "annotated-copy", workload, scratch);
            var root = Path.Combine(scratch, "once-root");
            CopyDirectory(WorkloadGenerator.Inbox(workload), Path.Combine(root, "inbox"));
            Process(size, run, "once", "dotnet", [_worker, "once", "--root", root, "--schemas", schemas, "--seeds", seeds]);
            Stage(size, run, "master", workload, scratch);
            Stage(size, run, "draft", workload, scratch);

            if (size == WorkloadSize.Small)
            {
                var file = Path.Combine(workload, WorkloadGenerator.ReadManifest(Path.Combine(workload, WorkloadGenerator.ManifestName)).First(f => f.Expected == Core.Reporting.Outcome.Accepted).Path);
                var validations = Enumerable.Range(0, 5).Select(_ => TimedProcess.Run("dotnet", [_worker, "validate", file, "--schemas", schemas, "--seeds", seeds])).ToList();
                var median = validations.OrderBy(v => v.WallMs).ElementAt(2);
                Add(new Measurement(size.Name, "validate", run, median.WallMs, median.CpuMs, median.PeakMb, median.WallMs, "median of 5 process runs"));
                RowCapRefusal(size, run, workload, file, schemas, seeds);
                if (watch)
                {
                    var probe = WatchProbe.Run(_worker, workload, scratch);
                    Add(new Measurement(size.Name, "watch-single", run, Percentile(probe.SingleMs, 0.95), 0, 0, probe.SingleMs.Max(), $"p95 of {probe.SingleMs.Count} single drops; max {probe.SingleMs.Max():0} ms"));
                    Add(new Measurement(size.Name, "watch-burst", run, Percentile(probe.BurstMs, 0.95), 0, 0, probe.BurstMs.Max(), $"p95 of a {probe.BurstFiles}-file burst; master rebuilt {probe.BurstMasterWrites}×"));
                }
            }
        }
    }

    /// <summary>`validate` of a workbook whose 指標 sheet has 300,000 rows: refused for the row cap, start-up included.</summary>
    private void RowCapRefusal(WorkloadSize size, int run, string workload, string template, string schemas, string seeds)
    {
        var file = Path.Combine(workload, "rows-300000.xlsx");
        if (!File.Exists(file))
        {
            var bytes = File.ReadAllBytes(template);
            ManyRowsWorkbook.Write(file, bytes, PipelineStages.SheetPart(bytes, Core.Layout.SheetNames.Indicators), 300_000);
        }

        var division = Path.GetFileName(Path.GetDirectoryName(template))!;
        var runs = Enumerable.Range(0, 3).Select(_ => TimedProcess.Run("dotnet", [_worker, "validate", file, "--division", division, "--schemas", schemas, "--seeds", seeds])).ToList();
        var median = runs.OrderBy(v => v.WallMs).ElementAt(1);
        Add(new Measurement(size.Name, "row-cap", run, median.WallMs, median.CpuMs, median.PeakMb, median.WallMs, $"median of 3 process runs; exit code {median.ExitCode}; {new FileInfo(file).Length / 1024} KB file"));
    }

    public void Save(string path)
        => File.WriteAllText(path, JsonSerializer.Serialize(_results, Indented));

    private void Stage(WorkloadSize size, int run, string stage, string workload, string scratch)
    {
        var result = TimedProcess.Run("dotnet", [_self, "stage", stage, "--workload", workload, "--scratch", scratch]);
        var line = result.Output.Split('\n').FirstOrDefault(l => l.StartsWith(StageRunner.ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"stage {stage} failed ({result.ExitCode}): {result.Error}{result.Output}");
        var output = JsonSerializer.Deserialize<StageOutput>(line[StageRunner.ResultPrefix.Length..])!;
        Add(new Measurement(size.Name, stage, run, output.WallMs, output.CpuMs, result.PeakMb, result.WallMs, output.Note ?? $"{output.Items:N0} items"));
    }

    private void Process(WorkloadSize size, int run, string stage, string command, string[] arguments)
    {
        var result = TimedProcess.Run(command, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{stage} failed ({result.ExitCode}): {result.Error}");
        }

        Add(new Measurement(size.Name, stage, run, result.WallMs, result.CpuMs, result.PeakMb, result.WallMs));
    }

    private void Add(Measurement m)
    {
        _results.Add(m);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Size,-6} run {m.Run} {m.Stage,-13} wall {m.WallMs / 1000,8:0.000} s  cpu {m.CpuMs / 1000,8:0.000} s  peak {m.PeakMb,7:0} MB  process {m.ProcessWallMs / 1000,7:0.00} s  {m.Note}"));
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static void Reset(string scratch)
    {
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }

        Directory.CreateDirectory(scratch);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
