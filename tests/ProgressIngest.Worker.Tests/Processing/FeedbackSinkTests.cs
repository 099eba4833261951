using Microsoft.Extensions.Logging.Abstractions;
using ProgressIngest.Worker.Processing;

namespace ProgressIngest.Worker.Tests.Processing;

public sealed class FeedbackSinkTests : IDisposable
{
    private readonly StageRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public void Inline_WritesTheReportBeforeReturningAndMarksTheRow()
    {
        var job = _rig.Planner.Plan(_rig.TakeCheckRecord(_rig.Drop("bpr", "報告.xlsx")));

        new InlineFeedback(_rig.Ledger, NullLogger.Instance).Send(job);

        Assert.True(File.Exists(job.ReportPath));
        Assert.True(_rig.Ledger.Get(job.SubmissionId).FeedbackWritten);
        Assert.Empty(_rig.Ledger.FeedbackMissing());
    }

    [Fact]
    public void Inline_FeedbackFolderIsAFile_RowStaysMissingForTheRetryAndNothingThrows()
    {
        var job = _rig.Planner.Plan(_rig.TakeCheckRecord(_rig.Drop("bpr", "報告.xlsx")));
        Directory.Delete(_rig.Layout.Feedback("bpr"), recursive: true);
        File.WriteAllText(_rig.Layout.Feedback("bpr"), "誰かが置いたファイル");

        new InlineFeedback(_rig.Ledger, NullLogger.Instance).Send(job);

        Assert.Equal(job.SubmissionId, Assert.Single(_rig.Ledger.FeedbackMissing()).Id);
    }

    [Fact]
    public void None_WritesNothingAndMarksTheRowAsOwingNone()
    {
        var job = _rig.Planner.Plan(_rig.TakeCheckRecord(_rig.Drop("bpr", "報告.xlsx")));

        new NoFeedback(_rig.Ledger).Send(job);

        Assert.False(File.Exists(job.ReportPath));
        Assert.Empty(_rig.Ledger.FeedbackMissing());
    }

    [Fact]
    public void Background_EveryJobIsWrittenAndMarkedOnceCompleteReturns()
    {
        var jobs = Enumerable.Range(1, 12).Select(i => _rig.Planner.Plan(_rig.TakeCheckRecord(_rig.Drop("bpr", $"報告{i}.xlsx")))).ToList();

        using (var sink = new BackgroundFeedback(_rig.Ledger, NullLogger.Instance))
        {
            foreach (var job in jobs)
            {
                sink.Send(job);
            }

            sink.Complete();
            Assert.Empty(_rig.Ledger.FeedbackMissing());
        }

        Assert.All(jobs, j => Assert.True(File.Exists(j.ReportPath)));
    }

    [Fact]
    public void Background_AJobThatCannotBeWritten_LeavesOnlyItsRowOwedAndTheOthersWritten()
    {
        var blocked = _rig.Planner.Plan(_rig.TakeCheckRecord(_rig.Drop("dx", "報告.xlsx")));
        var fine = _rig.Planner.Plan(_rig.TakeCheckRecord(_rig.Drop("bpr", "報告.xlsx")));
        Directory.Delete(_rig.Layout.Feedback("dx"), recursive: true);
        File.WriteAllText(_rig.Layout.Feedback("dx"), "誰かが置いたファイル");

        using (var sink = new BackgroundFeedback(_rig.Ledger, NullLogger.Instance))
        {
            sink.Send(blocked);
            sink.Send(fine);
            sink.Complete();
        }

        Assert.Equal(blocked.SubmissionId, Assert.Single(_rig.Ledger.FeedbackMissing()).Id);
        Assert.True(File.Exists(fine.ReportPath));
    }

    [Fact]
    public void Background_DisposedWithoutComplete_StillWaitsForEveryJob()
    {
        var job = _rig.Planner.Plan(_rig.TakeCheckRecord(_rig.Drop("bpr", "報告.xlsx")));

        using (var sink = new BackgroundFeedback(_rig.Ledger, NullLogger.Instance))
        {
            sink.Send(job);
        }

        Assert.True(File.Exists(job.ReportPath));
        Assert.Empty(_rig.Ledger.FeedbackMissing());
    }

    [Fact]
    public void Plan_LegacyXlsWithCellFindings_NotesThatNoAnnotatedCopyIsMade()
    {
        var drop = _rig.Drop("bpr", "報告.xlsx", w => w.MeasureCell("1-3-04", Core.Layout.MeasureColumns.Status).SetValue("よくわからない"));
        var legacyName = Path.ChangeExtension(drop.Path, ".xls");
        File.Move(drop.Path, legacyName);

        var job = _rig.Planner.Plan(_rig.TakeCheckRecord(StageRig.Seen("bpr", legacyName)));

        Assert.Null(job.AnnotatedCopyPath);
        Assert.Equal(FeedbackJob.LegacyNote, job.Input.AnnotatedCopyNote);
    }
}
