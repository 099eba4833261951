using System.Diagnostics;
using System.Globalization;

namespace ProgressIngest.Benchmarks;

/// <summary>Runs a command under GNU time, which reports wall, user, system time and the peak resident set of the child.</summary>
internal static class TimedProcess
{
    public const string GnuTime = "/usr/bin/time";

    public sealed record Result(int ExitCode, string Output, string Error, double WallMs, double CpuMs, double PeakMb);

    public static Result Run(string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        if (!File.Exists(GnuTime))
        {
            throw new InvalidOperationException("GNU time (/usr/bin/time) is required: apt-get install -y time");
        }

        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in (string[])["-f", "%e %U %S %M", "-o", report, fileName, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[key] = value;
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var fields = File.ReadAllLines(report).Last(l => l.Trim().Length > 0).Split(' ');
            double F(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
            return new Result(process.ExitCode, output.Result, error.Result, F(0) * 1000, (F(1) + F(2)) * 1000, F(3) / 1024);
        }
        finally
        {
            File.Delete(report);
        }
    }
}
