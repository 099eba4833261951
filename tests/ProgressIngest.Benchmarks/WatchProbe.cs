using System.Diagnostics;
using System.Text;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing.Workload;

namespace ProgressIngest.Benchmarks;

/// <summary>
/// Runs <c>watch</c> as a process and measures what a submitter waits for: the time from the end of
/// the settle interval (last write + SettleSeconds) to their feedback file existing, for single drops
/// and for a burst; and how many times the master is rebuilt for the burst.
/// </summary>
internal static class WatchProbe
{
    private const double SettleSeconds = 2;

    public sealed record Result(IReadOnlyList<double> SingleMs, IReadOnlyList<double> BurstMs, int BurstMasterWrites, int BurstFiles);

    public static Result Run(string workerDll, string workload, string scratch, int singles = 10, int burst = 30)
    {
        var root = Path.Combine(scratch, "watch-root");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var files = WorkloadGenerator.ReadManifest(Path.Combine(workload, WorkloadGenerator.ManifestName))
            .Where(f => f.Expected == Outcome.Accepted)
            .Take(singles + burst)
            .ToList();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in (string[])[workerDll, "watch", "--root", root, "--schemas", SyntheticCatalogue.SchemasDirectory(workload), "--seeds", SyntheticCatalogue.SeedsDirectory(workload), "--SettleSeconds", "2", "--verbose"])
        {
            start.ArgumentList.Add(a);
        }

        var log = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            WaitFor(() => File.Exists(Path.Combine(root, "state", "ledger.db")) && Directory.Exists(Path.Combine(root, "inbox", files[0].Division)), TimeSpan.FromSeconds(60));
            Thread.Sleep(5000);

            var single = new List<double>();
            foreach (var file in files.Take(singles))
            {
                single.AddRange(Drop(workload, root, [file]));
                Thread.Sleep(4500);
            }

            var before = MasterWrites(log);
            var burstLatencies = Drop(workload, root, [.. files.Skip(singles).Take(burst)]);
            Thread.Sleep(10_000);
            return new Result(single, burstLatencies, MasterWrites(log) - before, burst);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static int MasterWrites(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString().Split("Master written").Length - 1;
        }
    }

    /// <summary>Drops the files at once (each renamed into place, as a copy tool finishing would) and waits for every feedback.</summary>
    private static List<double> Drop(string workload, string root, IReadOnlyList<PlantedFile> files)
    {
        var staging = Path.Combine(root, "staging");
        Directory.CreateDirectory(staging);
        var settled = new Dictionary<string, DateTime>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.Path);
            var temp = Path.Combine(staging, name);
            File.Copy(Path.Combine(workload, file.Path), temp, overwrite: true);
            var target = Path.Combine(root, "inbox", file.Division, name);
            File.Move(temp, target);
            var written = DateTime.UtcNow;
            File.SetLastWriteTimeUtc(target, written);
            settled[Path.Combine(root, "inbox", file.Division, "feedback", Path.GetFileNameWithoutExtension(name) + "_フィードバック.xlsx")] = written.AddSeconds(SettleSeconds);
        }

        var latencies = new List<double>();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (settled.Count > 0 && DateTime.UtcNow < deadline)
        {
            foreach (var (feedback, settleEnd) in settled.ToList())
            {
                if (File.Exists(feedback))
                {
                    latencies.Add((DateTime.UtcNow - settleEnd).TotalMilliseconds);
                    settled.Remove(feedback);
                }
            }

            Thread.Sleep(10);
        }

        if (settled.Count > 0)
        {
            throw new TimeoutException($"no feedback for {string.Join(", ", settled.Keys)}");
        }

        return latencies;
    }

    private static void WaitFor(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("watch did not start");
            }

            Thread.Sleep(50);
        }
    }
}
