using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Excel;

/// <summary>What the feedback workbook for one processed file says.</summary>
/// <param name="Findings">In reading order (already sorted).</param>
/// <param name="Changes">Differences from the division's previously accepted submission; empty when there is none.</param>
/// <param name="AnnotatedCopyNote">Where the annotated copy is, or why there is none; null to say nothing.</param>
internal sealed record FeedbackInput(
    string DivisionCode,
    string DivisionName,
    string FileName,
    DateTimeOffset ReceivedAt,
    Outcome Outcome,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ChangeRow> Changes,
    string? AnnotatedCopyNote)
{
    /// <summary>Each number, year and date as typed and as read (<see cref="Core.Reporting.ReadBack"/>); empty when nothing was read.</summary>
    public IReadOnlyList<ReadBackRow> ReadBack { get; init; } = [];
}
