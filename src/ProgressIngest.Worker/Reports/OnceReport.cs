namespace ProgressIngest.Worker.Reports;

/// <summary>
/// What <c>once --format json</c> prints: every processed file as a <see cref="FileReport"/> and a summary.
/// Described by schemas/once-report.schema.json.
/// </summary>
internal sealed record OnceReport(
    string FormatVersion,
    ToolReport Tool,
    string Root,
    YearReport ReportingYear,
    string CatalogueVersion,
    string Master,
    IReadOnlyList<FileReport> Files,
    OnceSummary Summary);

/// <param name="Duplicates">Files whose content was already received (answered, not processed again).</param>
/// <param name="NotProcessed">Files left in the inbox: still being written, or could not be opened.</param>
internal sealed record OnceSummary(int Processed, int Accepted, int AcceptedWithWarnings, int Returned, int Unreadable, IReadOnlyList<string> Duplicates, IReadOnlyList<NotProcessedFile> NotProcessed);

/// <param name="Reason">Why it could not be opened; null when it was simply not ready yet.</param>
internal sealed record NotProcessedFile(string Division, string FileName, string? Reason);
