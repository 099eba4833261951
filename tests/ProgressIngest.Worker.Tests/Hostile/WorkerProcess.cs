using System.Diagnostics;
using System.Globalization;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>
/// Runs the real executable as a child process, so that its memory can be measured on its own (a test
/// host's peak working set covers every test that ever ran in it) and its console log read as an operator would.
/// </summary>
internal static class WorkerProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "ProgressIngest.Worker.dll");

    /// <summary><c>dotnet ProgressIngest.Worker.dll args…</c>, sampling its peak resident memory every 20 ms.</summary>
    public static WorkerRun Run(TimeSpan timeout, params string[] args) => Start("dotnet", [Dll, .. args], timeout);

    /// <summary>
    /// Runs a shell script in a private mount namespace (<c>unshare -rm</c>), where the test may mount a
    /// tiny tmpfs to fill the disk. <c>$1</c> is the worker dll, further arguments follow.
    /// </summary>
    public static WorkerRun RunInMountNamespace(string script, TimeSpan timeout, params string[] args)
        => Start("unshare", ["-rm", "sh", "-c", script, "sh", Dll, .. args], timeout);

    /// <summary>Starts the service (<c>watch</c>) and stops it after <paramref name="runFor"/>; the run's log is returned.</summary>
    public static WorkerRun Watch(TimeSpan runFor, params string[] args) => Start("dotnet", [Dll, "watch", .. args], runFor, killAtTimeout: true);

    public static bool MountNamespaceAvailable { get; } = Probe();

    private static bool Probe()
    {
        try
        {
            var dir = Path.Combine(Path.GetTempPath(), "progressingest-tests", "unshare-probe-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                var run = Start("unshare", ["-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$1\" && echo mounted", "sh", dir], TimeSpan.FromSeconds(10));
                return run.ExitCode == 0 && run.Output.Contains("mounted", StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static WorkerRun Start(string fileName, string[] args, TimeSpan timeout, bool killAtTimeout = false)
    {
        var info = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var timedOut = false;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakResidentBytes(process));
            if (watch.Elapsed > timeout)
            {
                timedOut = !killAtTimeout;
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                break;
            }
        }

        watch.Stop();
        return new WorkerRun(timedOut ? -1 : process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult(), peak, watch.Elapsed, timedOut);
    }

    /// <summary>VmHWM is the kernel's own high-water mark of resident memory, so a sample taken late still sees an early peak.</summary>
    private static long PeakResidentBytes(Process process)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process exited between two samples.
        }

        try
        {
            process.Refresh();
            return process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }
}
