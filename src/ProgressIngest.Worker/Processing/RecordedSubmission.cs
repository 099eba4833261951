using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Processing;

/// <summary>A submission as recorded, with what its feedback needs.</summary>
/// <param name="Previous">The division's submission in force before this one, for the change list; null when none or not known.</param>
/// <param name="ReadBack">What was read from the file; empty when the workbook is not at hand (a retried feedback).</param>
internal sealed record RecordedSubmission(ArchivedSubmission Submission, SubmissionRecord Record, SubmissionRecord? Previous, IReadOnlyList<ReadBackRow> ReadBack);
