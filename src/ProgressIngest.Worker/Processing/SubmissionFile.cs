using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;
using ProgressIngest.Worker.Excel;

namespace ProgressIngest.Worker.Processing;

/// <summary>Reads and checks one file's bytes: the same path for <c>validate</c>, <c>once</c> and <c>watch</c>.</summary>
internal static class SubmissionFile
{
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
