using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Processing;

/// <summary>What became of one inbox file.</summary>
/// <param name="Outcome">Null when the file was not processed (still being written, or could not be opened) and stays in the inbox.</param>
internal sealed record ProcessResult(string Division, string FileName, Outcome? Outcome, bool Duplicate)
{
    /// <summary>The ledger row the file became (or, for a duplicate, the row it repeats); null when not processed.</summary>
    public long? Submission { get; init; }

    /// <summary>SHA-256 of the content, lower-case hex; null when not read.</summary>
    public string? Hash { get; init; }

    /// <summary>Bytes; null when not known.</summary>
    public long? Size { get; init; }

    /// <summary>Why the file could not be opened; null when it could (or was simply not ready yet).</summary>
    public string? OpenProblem { get; init; }

    /// <summary>The file could not be opened after the bounded number of attempts; the division was told.</summary>
    public bool GaveUp { get; init; }

    public static ProcessResult NotReady(Files.InboxFile file) => new(file.Division, file.Name, null, false);

    public static ProcessResult CannotOpen(Files.InboxFile file, string reason) => NotReady(file) with { OpenProblem = reason };
}
