using Microsoft.Extensions.Logging.Abstractions;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Ledger;
using ProgressIngest.Worker.Processing;
using ProgressIngest.Worker.Tests.Hostile;

namespace ProgressIngest.Worker.Tests.Processing;

/// <summary>The stages composed: what a restart finishes, and which sink a resumed drop's feedback goes to.</summary>
public sealed class IngestPipelineTests : IDisposable
{
    private readonly StageRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public void Recover_RowLeftPendingByACrash_IsCheckedRecordedAndAnswered()
    {
        var archived = _rig.Archive(_rig.Drop("bpr", "報告.xlsx"));

        var pipeline = NewPipeline();
        var finished = pipeline.Recover();

        Assert.Equal(1, finished);
        var row = _rig.Ledger.Get(archived.Id);
        Assert.Equal((LedgerState.Processed, true), (row.State, row.FeedbackWritten));
        Assert.Contains(pipeline.State.All, r => r.Id == archived.Id);
        Assert.True(File.Exists(Path.Combine(_rig.Layout.Feedback("bpr"), FeedbackNames.Report("報告.xlsx"))));
    }

    [Fact]
    public void RetryMissingFeedback_RowRecordedWithoutFeedback_WritesItOnceAndThenOwesNothing()
    {
        var recorded = _rig.TakeCheckRecord(_rig.Drop("bpr", "報告.xlsx"));
        var pipeline = NewPipeline();
        Assert.Equal(1, pipeline.FeedbackOwed);

        Assert.Equal(1, pipeline.RetryMissingFeedback());
        Assert.Equal(0, pipeline.RetryMissingFeedback());

        Assert.Equal(0, pipeline.FeedbackOwed);
        Assert.True(File.Exists(Path.Combine(_rig.Layout.Feedback("bpr"), FeedbackNames.Report(recorded.Submission.OriginalName))));
    }

    [Fact]
    public void Process_SameDropSeenAgainAfterACrash_IsFinishedThroughTheCallersSinkNotAnsweredAsADuplicate()
    {
        var file = _rig.Drop("bpr", "報告.xlsx");
        var bytes = File.ReadAllBytes(file.Path);
        _rig.Archive(file);
        var pipeline = NewPipeline();

        ProcessResult result;
        using (var sink = new BackgroundFeedback(_rig.Ledger, NullLogger.Instance))
        {
            result = pipeline.Process(_rig.DropBytes("bpr", "報告.xlsx", bytes), sink);
            sink.Complete();
        }

        Assert.False(result.Duplicate);
        Assert.Equal(Outcome.Accepted, result.Outcome);
        Assert.Equal(0, pipeline.FeedbackOwed);
        Assert.Single(_rig.Root.ArchiveFiles("bpr"));
    }

    [Fact]
    public void Process_SameBytesAfterTheFirstWasFinished_IsAnsweredAsADuplicateNamingTheFirst()
    {
        var file = _rig.Drop("bpr", "報告.xlsx");
        var bytes = File.ReadAllBytes(file.Path);
        var pipeline = NewPipeline();
        pipeline.Process(file, pipeline.Inline);

        var result = pipeline.Process(_rig.DropBytes("bpr", "報告のコピー.xlsx", bytes), pipeline.Inline);

        Assert.True(result.Duplicate);
        var notice = Outcomes.WorkbookText(Path.Combine(_rig.Layout.Feedback("bpr"), FeedbackNames.Report("報告のコピー.xlsx")));
        Assert.Contains("「報告.xlsx」と内容が同じ", notice, StringComparison.Ordinal);
    }

    private IngestPipeline NewPipeline() => new(_rig.Layout, RepoPaths.Catalogue, _rig.Options, _rig.Ledger, _rig.Clock, NullLogger.Instance);
}
