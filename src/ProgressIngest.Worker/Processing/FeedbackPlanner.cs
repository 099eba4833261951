using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Processing;

/// <summary>Decides a recorded submission's feedback files: where they go, and whether an annotated copy can be made.</summary>
internal sealed class FeedbackPlanner
{
    private readonly RootLayout _layout;
    private readonly Catalogue _catalogue;

    public FeedbackPlanner(RootLayout layout, Catalogue catalogue)
    {
        _layout = layout;
        _catalogue = catalogue;
    }

    public FeedbackJob Plan(RecordedSubmission recorded)
    {
        var (submission, record) = (recorded.Submission, recorded.Record);
        var folder = _layout.Feedback(submission.Division);
        string? note = null;
        string? annotatedPath = null;
        if (record.Findings.Any(f => f.Cell is not null))
        {
            if (ExcelWorkbookReader.ExtensionOf(submission.OriginalName) is ".xlsx" or ".xlsm")
            {
                annotatedPath = Path.Combine(folder, FeedbackNames.AnnotatedCopy(submission.OriginalName));
            }
            else
            {
                note = FeedbackJob.LegacyNote;
            }
        }

        var changes = recorded.Previous?.Data is not null && record.Data is not null
            ? ChangeDetector.Compare(recorded.Previous.Data, record.Data, _catalogue)
            : [];
        var input = new FeedbackInput(submission.Division, _catalogue.DivisionName(submission.Division), submission.OriginalName, submission.ReceivedAt, record.Outcome, record.Findings, changes, note)
        {
            ReadBack = recorded.ReadBack,
        };
        return new FeedbackJob(submission.Id, Path.Combine(folder, FeedbackNames.Report(submission.OriginalName)), submission.ArchivePath, annotatedPath, input);
    }
}
