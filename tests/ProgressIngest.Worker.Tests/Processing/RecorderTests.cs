using ProgressIngest.Core.Model;
using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Tests.Processing;

public sealed class RecorderTests : IDisposable
{
    private readonly StageRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public void Record_AcceptedSubmission_LedgerRowAndStateAgreeAndTheInboxIsMarkedCleared()
    {
        var recorded = _rig.TakeCheckRecord(_rig.Drop("bpr", "報告.xlsx"));

        var row = _rig.Ledger.Get(recorded.Submission.Id);
        Assert.Equal((LedgerState.Processed, recorded.Record.Outcome, true, false), (row.State, row.Outcome!.Value, row.InboxCleared, row.FeedbackWritten));
        Assert.Same(recorded.Record, _rig.State.InForce("bpr"));
        Assert.NotNull(recorded.Record.Data);
        Assert.NotEmpty(recorded.ReadBack);
    }

    [Fact]
    public void Record_SecondAcceptedSubmission_NamesTheFirstAsPreviousForTheChangeList()
    {
        var first = _rig.TakeCheckRecord(_rig.Drop("bpr", "一回目.xlsx", w => w.MeasureCell("1-3-04", MeasureColumns.Detail).SetValue("一回目")));
        var second = _rig.TakeCheckRecord(_rig.Drop("bpr", "二回目.xlsx", w => w.MeasureCell("1-3-04", MeasureColumns.Detail).SetValue("二回目")));

        Assert.Same(first.Record, second.Previous);
        Assert.Same(second.Record, _rig.State.InForce("bpr"));
    }

    [Fact]
    public void Record_ReturnedSubmission_KeepsTheAcceptedOneInForceAndCarriesNoData()
    {
        var accepted = _rig.TakeCheckRecord(_rig.Drop("bpr", "一回目.xlsx"));
        var returned = _rig.TakeCheckRecord(_rig.Drop("bpr", "壊れ.xlsx", w => w.MeasureCell("1-3-04", MeasureColumns.Status).SetValue("よくわからない")));

        Assert.Equal(Outcome.Returned, returned.Record.Outcome);
        Assert.Null(returned.Record.Data);
        Assert.Same(accepted.Record, _rig.State.InForce("bpr"));
        Assert.Equal(2, _rig.State.All.Count);
    }

    [Fact]
    public void Record_SubmissionOfAnotherReportingYear_IsInTheLedgerButNotInThisCyclesState()
    {
        var submission = _rig.Archive(_rig.Drop("bpr", "報告.xlsx"));
        var older = submission with { Key = submission.Key with { ReportingYear = new FiscalYear(2024) } };

        _rig.Recorder.Record(_rig.Checker.Check(older));

        Assert.Equal(LedgerState.Processed, _rig.Ledger.Get(submission.Id).State);
        Assert.Empty(_rig.State.All);
    }

    [Fact]
    public void Record_ReceiptTimeIsTheClocksTimeAtIntake()
    {
        _rig.Clock.Advance(TimeSpan.FromMinutes(5));
        var recorded = _rig.TakeCheckRecord(_rig.Drop("bpr", "報告.xlsx"));

        Assert.Equal(StageRig.Now.AddMinutes(5), recorded.Record.ReceivedAt);
        Assert.Equal(StageRig.Now.AddMinutes(5), _rig.Ledger.Get(recorded.Submission.Id).ReceivedAt);
    }
}
