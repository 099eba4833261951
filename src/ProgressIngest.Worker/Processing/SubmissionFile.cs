using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Reads and checks one file: the same path for <c>validate</c>, <c>once</c>, <c>watch</c> and <c>rebuild</c>.
/// Every preflight and limit lives here or in the reader it calls, which picks the format by sniffing the content.
/// </summary>
internal static class SubmissionFile
{
    /// <summary>
    /// What refuses a file before any byte is read: an extension we do not take, or a size over the limit
    /// (an oversized file is never loaded into memory just to refuse it). Null when the file may be read.
    /// </summary>
    public static Finding? Preflight(string path, string submittedName, ReadLimits limits)
    {
        var extension = ExcelWorkbookReader.ExtensionOf(submittedName);
        if (extension is null || !ExcelWorkbookReader.SupportedExtensions.Contains(extension))
        {
            return FileProblems.Unsupported(extension ?? "拡張子なし");
        }

        var size = new FileInfo(path).Length;
        return size > limits.MaxFileBytes ? FileProblems.TooLarge(size, limits.MaxFileBytes) : null;
    }

    /// <summary>Preflight, then read and check the file at <paramref name="path"/>, submitted as <paramref name="submittedName"/>.</summary>
    public static IngestReport Check(string path, string submittedName, SubmissionContext context, ReadLimits limits)
        => Preflight(path, submittedName, limits) is { } refused
            ? IngestReport.Unreadable(refused)
            : Check(File.ReadAllBytes(path), context, limits);

    public static IngestReport Check(ReadOnlyMemory<byte> content, SubmissionContext context, ReadLimits limits)
    {
        try
        {
            var workbook = ExcelWorkbookReader.Read(content, limits);
            return SubmissionChecker.Check(workbook, context);
        }
        catch (UnreadableFileException ex)
        {
            return IngestReport.Unreadable(ex.Finding);
        }
    }
}
