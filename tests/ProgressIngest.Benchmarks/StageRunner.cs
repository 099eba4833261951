using System.Diagnostics;
using System.Text.Json;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing.Workload;

namespace ProgressIngest.Benchmarks;

/// <summary>
/// Runs one in-process stage inside a child process (so its peak memory is its own) and prints the
/// timed region's wall and CPU time as one JSON line. Untimed preparation (for feedback: checking
/// the files first) happens before the clock starts.
/// </summary>
internal static class StageRunner
{
    public const string ResultPrefix = "RESULT ";

    public static int Run(string stage, string workload, string scratch)
    {
        var files = PipelineStages.Files(workload);
        var big = File.ReadLines(Path.Combine(workload, WorkloadGenerator.ManifestName)).First().Contains("size=big", StringComparison.Ordinal);
        var catalogue = PipelineStages.LoadCatalogue(workload);
        var history = PipelineStages.BaselineHistory(catalogue);
        Directory.CreateDirectory(scratch);
        List<IngestReport>? reports = null;
        if (stage is "feedback" or "annotated-copy")
        {
            reports = [.. files.Select(f => PipelineStages.Check(f, catalogue, history, big))];
        }

        var perFile = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long items = stage switch
        {
            "bare-read" => files.Sum(PipelineStages.BareRead),
            "read" => files.Sum(f => PipelineStages.Read(f, big)),
            "check" => files.Sum(f => PipelineStages.Check(f, catalogue, history, big).Findings.Count),
            "feedback" => Feedback(files, reports!, Path.Combine(scratch, "feedback")),
            "annotated-copy" => AnnotatedCopies(files, reports!, perFile),
            "bare-merge" => PipelineStages.BareMerge(files, Path.Combine(scratch, "bare-merge.xlsx")),
            "master" => PipelineStages.MasterFromLedger(Path.Combine(scratch, "once-root"), catalogue, Path.Combine(scratch, "master.xlsx")),
            "draft" => PipelineStages.DraftFromLedger(Path.Combine(scratch, "once-root"), catalogue, Path.Combine(scratch, "draft.docx")),
            "master-big" => PipelineStages.MasterOfBig(files[0], catalogue, Path.Combine(scratch, "master-big.xlsx")),
            _ => throw new ArgumentException($"unknown stage {stage}", nameof(stage)),
        };
        clock.Stop();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var note = perFile.Count == 0 ? null : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"median {BenchRunner.Percentile(perFile, 0.5):0.0} ms per file (p95 {BenchRunner.Percentile(perFile, 0.95):0.0}) over {perFile.Count} files with cell findings");
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(new StageOutput(stage, files.Count, items, clock.Elapsed.TotalMilliseconds, cpuMs, PeakKilobytes(), note)));
        return 0;
    }

    private static long Feedback(IReadOnlyList<string> files, List<IngestReport> reports, string directory)
    {
        for (var i = 0; i < files.Count; i++)
        {
            PipelineStages.Feedback(files[i], reports[i], directory);
        }

        return files.Count;
    }

    /// <summary>The annotated copy alone, timed file by file (in memory; the disk write is the feedback stage's).</summary>
    private static long AnnotatedCopies(IReadOnlyList<string> files, List<IngestReport> reports, List<double> perFile)
    {
        for (var i = 0; i < files.Count; i++)
        {
            if (reports[i].Findings.Any(f => f.Cell is not null))
            {
                var clock = Stopwatch.StartNew();
                PipelineStages.AnnotatedCopy(files[i], reports[i].Findings);
                perFile.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return perFile.Count;
    }

    /// <summary>VmHWM: the process's peak resident set so far.</summary>
    public static long PeakKilobytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

internal sealed record StageOutput(string Stage, int Files, long Items, double WallMs, double CpuMs, long PeakKb, string? Note = null);
