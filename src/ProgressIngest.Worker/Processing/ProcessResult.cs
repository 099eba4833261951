using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Processing;

/// <summary>What became of one inbox file.</summary>
/// <param name="Outcome">Null when the file was not ready (still being written or locked) and stays in the inbox.</param>
internal sealed record ProcessResult(string Division, string FileName, Outcome? Outcome, bool Duplicate)
{
    /// <summary>Feedback still to write, when the caller asked to write it itself.</summary>
    public FeedbackJob? Feedback { get; init; }

    public static ProcessResult NotReady(Files.InboxFile file) => new(file.Division, file.Name, null, false);
}
