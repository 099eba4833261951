using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Ledger;

/// <summary>A ledger row as the processor needs it. <see cref="Id"/> is the ledger's sequence: the only order of submissions.</summary>
/// <param name="Catalogue">Hash of the catalogue the row was (or will be) checked with; empty for rows older than schema version 2.</param>
internal sealed record LedgerEntry(
    long Id,
    string Division,
    string FileName,
    string Hash,
    string ArchivePath,
    DateTimeOffset ReceivedAt,
    FiscalYear ReportingYear,
    string Catalogue,
    LedgerState State,
    bool InboxCleared,
    bool FeedbackWritten,
    Outcome? Outcome,
    long Size);
