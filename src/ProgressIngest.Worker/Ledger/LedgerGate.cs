using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Ledger;

/// <summary>
/// Opens the ledger for <c>once</c> and <c>watch</c>, refusing a ledger that does not index the archive: a missing
/// or empty ledger beside a non-empty archive/ would otherwise publish a master with every division 未提出.
/// </summary>
internal static class LedgerGate
{
    /// <exception cref="LedgerUnusableException">Missing or empty while archive/ holds files; damaged; not writable.</exception>
    public static SubmissionLedger Open(RootLayout layout)
    {
        if (!File.Exists(layout.LedgerPath) && ArchiveIndex.HasArchivedFiles(layout))
        {
            throw new LedgerUnusableException(Missing(layout, "がありません"));
        }

        var ledger = SubmissionLedger.Open(layout.LedgerPath);
        try
        {
            // Before judging the archive against the ledger: a crash in the very first intake must not look like a lost ledger.
            ArchiveIndex.DropInterruptedCopies(layout, ledger);
            if (ledger.IsEmpty && ArchiveIndex.HasArchivedFiles(layout))
            {
                throw new LedgerUnusableException(Missing(layout, "が空です"));
            }

            ArchiveIndex.EnsureReceipts(ledger);
            return ledger;
        }
        catch
        {
            ledger.Dispose();
            throw;
        }
    }

    private static string Missing(RootLayout layout, string what)
        => $"台帳 {layout.LedgerPath} {what}が、archive/ には受け付けたファイルが残っています。このまま処理すると集約ファイルからすべての提出が消えるため、処理しません。"
            + $"サービスを止めてから `rebuild --root {layout.Root}` を実行し、archive/ から台帳と集約ファイルを作り直してください。";
}
