using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Schema;
using ProgressIngest.Worker.Excel;
using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Feedback that is not a check result — a duplicate, a file that could not be opened — written at once.
/// Such a notice has no ledger row of its own to mark, so a failed write is the caller's to log; nothing is lost
/// (the duplicate's original keeps its feedback, and an unopenable file stays in the inbox).
/// </summary>
internal sealed class FeedbackNotices
{
    private readonly RootLayout _layout;
    private readonly Catalogue _catalogue;

    public FeedbackNotices(RootLayout layout, Catalogue catalogue)
    {
        _layout = layout;
        _catalogue = catalogue;
    }

    public void Write(string division, string submittedName, DateTimeOffset received, Outcome outcome, Finding finding)
    {
        var input = new FeedbackInput(division, _catalogue.DivisionName(division), submittedName, received, outcome, [finding], [], null);
        var path = Path.Combine(_layout.Feedback(division), FeedbackNames.Report(submittedName));
        FeedbackHistory.MakeRoom(path);
        AtomicFile.Write(path, s => FeedbackWriter.Write(input, s));
    }
}
