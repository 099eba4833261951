using ProgressIngest.Core.Model;

namespace ProgressIngest.Worker.Files;

/// <summary>The folders under one root (docs/contract.md §2).</summary>
internal sealed class RootLayout
{
    public RootLayout(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string Master => Path.Combine(Root, "master");

    public string MasterHistory => Path.Combine(Master, "history");

    public string Archive => Path.Combine(Root, "archive");

    public string State => Path.Combine(Root, "state");

    public string LedgerPath => Path.Combine(State, "ledger.db");

    public string MasterFile(FiscalYear reportingYear) => Path.Combine(Master, $"進捗状況_{reportingYear.Japanese}_集約.xlsx");

    /// <summary>The report draft written beside the master: 進捗状況報告_令和7年度_案.docx.</summary>
    public string DraftFile(FiscalYear reportingYear) => Path.Combine(Master, $"進捗状況報告_{reportingYear.Japanese}_案.docx");

    public string DivisionInbox(string division) => Path.Combine(Inbox, division);

    public string Feedback(string division) => Path.Combine(Inbox, division, "feedback");

    public string DivisionArchive(string division) => Path.Combine(Archive, division);

    public void EnsureFor(IEnumerable<string> divisions)
    {
        foreach (var dir in new[] { Inbox, Master, MasterHistory, Archive, State })
        {
            Directory.CreateDirectory(dir);
        }

        foreach (var division in divisions)
        {
            // A division folder replaced by a link would have us write outside the root; the scan reports it instead.
            if (new DirectoryInfo(DivisionInbox(division)).LinkTarget is null)
            {
                Directory.CreateDirectory(Feedback(division));
            }

            Directory.CreateDirectory(DivisionArchive(division));
        }
    }
}
