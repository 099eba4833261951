using System.Globalization;
using BenchmarkDotNet.Running;
using ProgressIngest.Benchmarks;
using ProgressIngest.Testing;
using ProgressIngest.Testing.Workload;

// gen   --size small|large|big [--seed 42] [--data DIR]            generate a workload (cached by size and seed)
// run   [--sizes small,large,big] [--runs 3] [--large-runs 1] [--seed 42] [--no-watch] [--append] [--doc docs/benchmarks.md]
//       --append keeps results.json's figures for the sizes not run now
// stage NAME --workload DIR --scratch DIR                          one in-process stage (the runner's child)
// bdn   [BenchmarkDotNet arguments]                                 in-process stages under BenchmarkDotNet
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var data = Path.GetFullPath(Option("--data", Path.Combine(RepoPaths.Root, "bench-data")));
var seed = int.Parse(Option("--seed", "42"), CultureInfo.InvariantCulture);
switch (args.FirstOrDefault())
{
    case "gen":
    {
        var size = WorkloadSize.Parse(Option("--size", "small"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var files = WorkloadGenerator.Generate(Path.Combine(data, size.Name), size, seed, force: args.Contains("--force"));
        Console.WriteLine($"{files.Count} files in {Path.Combine(data, size.Name)} ({clock.Elapsed.TotalSeconds:0.0} s)");
        return 0;
    }

    case "stage":
        return StageRunner.Run(args[1], Option("--workload", string.Empty), Option("--scratch", string.Empty));

    case "run":
    {
        var runner = new BenchRunner(data);
        var runs = int.Parse(Option("--runs", "3"), CultureInfo.InvariantCulture);
        var sizes = Option("--sizes", "small,large,big").Split(',').Select(WorkloadSize.Parse).ToList();
        if (args.Contains("--append"))
        {
            runner.Keep(BenchRunner.Load(Path.Combine(data, "results.json")).Where(m => sizes.All(s => s.Name != m.Size)));
        }

        foreach (var size in sizes)
        {
            // The big workbook and the nationwide run take minutes each: once is enough unless asked.
            runner.Run(size, size == WorkloadSize.Small ? runs : int.Parse(Option("--large-runs", "1"), CultureInfo.InvariantCulture), seed, !args.Contains("--no-watch"));
            runner.Save(Path.Combine(data, "results.json"));
        }

        var header = $"Measured {DateTime.Now:yyyy-MM-dd HH:mm} on {Environment.ProcessorCount} cores, {Machine.Memory()}, .NET {Environment.Version}, seed {seed}.";
        var table = MarkdownReport.Table(runner.Results, header);
        Console.WriteLine(table);
        MarkdownReport.Update(Path.GetFullPath(Option("--doc", Path.Combine(RepoPaths.Root, "docs", "benchmarks.md"))), table);
        return 0;
    }

    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args[1..]);
        return 0;

    default:
        Console.Error.WriteLine("usage: gen --size S | run [--sizes small,large,big] [--runs 3] | stage NAME --workload DIR --scratch DIR | bdn [args]");
        return 2;
}
