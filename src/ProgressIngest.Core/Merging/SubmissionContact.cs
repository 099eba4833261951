namespace ProgressIngest.Core.Merging;

/// <summary>Who to call about a submission, from its 表紙, exactly as typed; kept for returned submissions too.</summary>
public sealed record SubmissionContact(string DivisionName, string Person, string Contact, DateOnly? SubmittedOn)
{
    public static SubmissionContact? From(Model.CoverEntry? cover)
        => cover is null ? null : new(cover.DivisionName, cover.Person, cover.Contact, cover.SubmittedOn);
}
