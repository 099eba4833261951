using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ProgressIngest.Worker.Tests.Drafting;

/// <summary>Second opinions on a written package: the Open XML schema validator, and LibreOffice opening it.</summary>
internal static class OfficeFiles
{
    public const string Soffice = "/usr/bin/soffice";

    /// <summary>Every schema error of the package, as 「part path: description」.</summary>
    public static IReadOnlyList<string> ValidationErrors(string path)
    {
        using OpenXmlPackage package = path.EndsWith(".docx", StringComparison.Ordinal)
            ? WordprocessingDocument.Open(path, false)
            : SpreadsheetDocument.Open(path, false);
        return [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>Converts with <c>soffice --headless --convert-to pdf</c>; returns the PDF's path (LibreOffice writes none when it cannot load the file).</summary>
    public static string ConvertToPdf(string path, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        // A private profile: two conversions at once (or a desktop session) must not share one.
        var profile = new Uri(Path.Combine(outputDirectory, "lo-profile")).AbsoluteUri;
        var start = new ProcessStartInfo(Soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", outputDirectory, path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(path) + ".pdf");
    }
}

/// <summary>A test that needs LibreOffice; skipped, saying so, on a machine without it.</summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    public SofficeFactAttribute()
    {
        if (!File.Exists(OfficeFiles.Soffice))
        {
            Skip = $"LibreOffice ({OfficeFiles.Soffice}) is not installed: apt-get install libreoffice-calc libreoffice-writer";
        }
    }
}
