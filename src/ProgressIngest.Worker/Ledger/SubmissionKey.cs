using ProgressIngest.Core.Model;

namespace ProgressIngest.Worker.Ledger;

/// <summary>
/// What makes two drops "the same submission": the same bytes from the same division, checked for the
/// same reporting year against the same catalogue. The same bytes under another year or catalogue are checked again.
/// </summary>
internal readonly record struct SubmissionKey(string Division, string Hash, FiscalYear ReportingYear, string Catalogue);
