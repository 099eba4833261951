using ProgressIngest.Core.Reporting;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Worker.Processing;

/// <summary>What the check stage found in an archived submission.</summary>
/// <param name="Context">What it was checked against; null when its division is no longer registered.</param>
/// <param name="Took">Time spent checking, for the metrics.</param>
internal sealed record CheckedSubmission(ArchivedSubmission Submission, IngestReport Report, SubmissionContext? Context, TimeSpan Took);
