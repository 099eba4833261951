using ProgressIngest.Core.Layout;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Normalising;
using ProgressIngest.Core.Validation;

namespace ProgressIngest.Core.Merging;

/// <summary>What an accepted submission contributes to the master, normalised; stored in the ledger so the master can be rebuilt without re-reading files.</summary>
public sealed record AcceptedData(IReadOnlyList<MeasureProgress> Measures, IReadOnlyList<IndicatorValue> Indicators)
{
    /// <summary>
    /// Only what the division is assigned, and only what is not already published: a row of another
    /// division's measure or indicator, or a published value repeated as published, adds nothing.
    /// </summary>
    public static AcceptedData From(Submission submission, SubmissionContext context)
    {
        var catalogue = context.Catalogue;
        var measures = submission.Measures
            .Where(m => catalogue.FindMeasure(m.Id) is not null && context.IsAssignedMeasure(m.Id))
            .DistinctBy(m => m.Id)
            .Select(m => new MeasureProgress(m.Id, m.Status, m.Detail, m.Issues, m.Plan, m.Notes, m.StatusField.At?.ToString()))
            .ToList();
        var indicators = submission.Indicators
            .Where(e => e.IndicatorId is not null && e.FiscalYear is not null
                        && e.Value.Status is ParseStatus.Ok or ParseStatus.Pending
                        && context.IsAssignedIndicator(e.IndicatorId)
                        && catalogue.FindIndicator(e.IndicatorId)!.AllowsSegment(e.Segment)
                        && !context.Published.IsClosed(e.IndicatorId, e.FiscalYear.Value))
            .DistinctBy(e => (e.IndicatorId, e.FiscalYear, e.Segment))
            .Select(e => new IndicatorValue(
                e.IndicatorId!,
                e.FiscalYear!.Value,
                e.Segment,
                e.Value.Status == ParseStatus.Ok ? e.Value.Value : null,
                e.AsOf,
                e.Notes,
                e.ValueField.At?.ToString()))
            .ToList();
        return new AcceptedData(measures, indicators);
    }
}

/// <param name="Cell">Where it was typed, e.g. 取り組み進捗!D5.</param>
public sealed record MeasureProgress(string MeasureId, string Status, string Detail, string Issues, string Plan, string Notes, string? Cell)
{
    public bool IsReported => Status.Length > 0 && Status != Vocabulary.NotStarted || Detail.Length > 0;
}

/// <param name="Value">The figure; null when the division reported it as 未確定 (not known yet).</param>
/// <param name="Cell">Where it was typed, e.g. 指標!E7.</param>
public sealed record IndicatorValue(string IndicatorId, FiscalYear FiscalYear, string Segment, decimal? Value, DateOnly? AsOf, string Notes, string? Cell)
{
    public bool IsPending => Value is null;
}
