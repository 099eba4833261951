namespace ProgressIngest.Core.Model;

/// <summary>One row of 取り組み進捗, with each cell kept for findings and the cleaned text for merging.</summary>
/// <param name="Id">Normalised 取り組みID (1-1-01, F3-2), empty when blank.</param>
public sealed record MeasureEntry(
    string Sheet,
    int Row,
    Field IdField,
    Field TitleField,
    Field HorizonField,
    Field StatusField,
    Field DetailField,
    Field IssuesField,
    Field PlanField,
    Field NotesField,
    string Id,
    string Title,
    string Horizon,
    string Status,
    string Detail,
    string Issues,
    string Plan,
    string Notes);
