using System.Diagnostics;

namespace ProgressIngest.Worker.Tests.Excel;

/// <summary>LibreOffice in headless mode, with a private profile so parallel runs do not share its lock.</summary>
internal static class Soffice
{
    public static string? Path { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => System.IO.Path.Combine(dir, "soffice"))
        .FirstOrDefault(File.Exists);

    /// <returns>The PDF LibreOffice made of <paramref name="workbook"/>, or null when it could not open it.</returns>
    public static string? ConvertToPdf(string workbook, string outputDirectory)
    {
        var profile = System.IO.Path.Combine(outputDirectory, "profile");
        var start = new ProcessStartInfo(Path!, ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", outputDirectory, workbook])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        var pdf = System.IO.Path.Combine(outputDirectory, System.IO.Path.GetFileNameWithoutExtension(workbook) + ".pdf");
        return process.ExitCode == 0 && File.Exists(pdf) ? pdf : null;
    }
}
