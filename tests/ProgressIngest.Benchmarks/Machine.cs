namespace ProgressIngest.Benchmarks;

internal static class Machine
{
    public static string Memory()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? "unknown memory" : $"{long.Parse(line.AsSpan(9).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024} GB";
    }
}
