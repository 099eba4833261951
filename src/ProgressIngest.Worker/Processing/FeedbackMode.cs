namespace ProgressIngest.Worker.Processing;

/// <summary>Where a processed submission's feedback goes: the only difference between <c>watch</c>, <c>once</c> and <c>rebuild</c>.</summary>
internal enum FeedbackMode
{
    /// <summary>Written before the call returns (<c>watch</c>, start-up recovery).</summary>
    Inline,

    /// <summary>Handed back in the result for the caller to write on another thread (<c>once</c>).</summary>
    Deferred,

    /// <summary>Not written; the row is marked as owing none (<c>rebuild</c> without <c>--feedback</c>: the divisions already have theirs).</summary>
    None,
}
