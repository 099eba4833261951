namespace ProgressIngest.Worker.Processing;

/// <summary>
/// Where a recorded submission's feedback goes: the only difference between <c>watch</c> (<see cref="InlineFeedback"/>),
/// <c>once</c> (<see cref="BackgroundFeedback"/>) and <c>rebuild</c> without --feedback (<see cref="NoFeedback"/>).
/// A row stays "feedback missing" in the ledger until its sink has written it, so start-up finishes what a crash cut short.
/// </summary>
internal interface IFeedbackSink
{
    void Send(FeedbackJob job);
}
