using Microsoft.Data.Sqlite;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Tests.Ledger;

/// <summary>The ledger's schema is versioned with PRAGMA user_version; an older ledger is migrated, a newer one refused.</summary>
public sealed class LedgerSchemaTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    private string Path => System.IO.Path.Combine(_root.Path, "ledger.db");

    [Fact]
    public void Open_UnversionedLedgerOfEarlierReleases_MigratesKeepingRowsAndIds()
    {
        Execute(UnversionedSchema + """
            INSERT INTO submissions (id, division, file_name, hash, size, archive_path, reporting_year, received_at, state, outcome, findings_json)
            VALUES (7, 'bpr', 'old.xlsx', 'abc', 10, '/a/old.xlsx', 2025, '2025-06-01T00:00:00.0000000+00:00', 'processed', 'Accepted', '[]');
            INSERT INTO findings VALUES (7, 1, 'Warning', 'r', NULL, NULL, NULL, NULL, 'm', 'f');
            """);

        using (var ledger = SubmissionLedger.Open(Path))
        {
            var entry = ledger.Get(7);
            Assert.Equal(("bpr", "old.xlsx", LedgerState.Processed, Outcome.Accepted, string.Empty), (entry.Division, entry.FileName, entry.State, entry.Outcome, entry.Catalogue));
            Assert.Equal(8, ledger.AddPending(new SubmissionKey("bpr", "abc", new FiscalYear(2025), "cat1"), "again.xlsx", 10, "/a/again.xlsx", DateTimeOffset.UnixEpoch));
            Assert.Null(Assert.Single(ledger.Processed(new FiscalYear(2025))).Contact);
        }

        Assert.Equal(LedgerSchema.CurrentVersion, Scalar("PRAGMA user_version"));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM findings WHERE submission_id = 7"));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM pragma_table_info('submissions') WHERE name = 'contact_json'"));
    }

    [Fact]
    public void Open_LedgerOfANewerRelease_RefusedInJapaneseNamingTheFile()
    {
        Execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); PRAGMA user_version = 99;");

        var ex = Assert.Throws<LedgerUnusableException>(() => SubmissionLedger.Open(Path));

        Assert.Contains(Path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("新しい版", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_SameContentForAnotherYearOrCatalogue_IsAnotherSubmission()
    {
        using var ledger = SubmissionLedger.Open(Path);
        var key = new SubmissionKey("bpr", "abc", new FiscalYear(2025), "cat1");

        ledger.AddPending(key, "a.xlsx", 1, "/a", DateTimeOffset.UnixEpoch);
        ledger.AddPending(key with { ReportingYear = new FiscalYear(2026) }, "a.xlsx", 1, "/b", DateTimeOffset.UnixEpoch);
        ledger.AddPending(key with { Catalogue = "cat2" }, "a.xlsx", 1, "/c", DateTimeOffset.UnixEpoch);

        Assert.Throws<SqliteException>(() => ledger.AddPending(key, "a.xlsx", 1, "/d", DateTimeOffset.UnixEpoch));
        Assert.Equal("/c", ledger.Find(key with { Catalogue = "cat2" })!.ArchivePath);
    }

    /// <summary>The schema as releases before versioning created it (user_version 0).</summary>
    private const string UnversionedSchema = """
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY AUTOINCREMENT, division TEXT NOT NULL, file_name TEXT NOT NULL, hash TEXT NOT NULL,
            size INTEGER NOT NULL, archive_path TEXT NOT NULL, reporting_year INTEGER NOT NULL, received_at TEXT NOT NULL,
            processed_at TEXT, state TEXT NOT NULL, inbox_cleared INTEGER NOT NULL DEFAULT 0, feedback_written INTEGER NOT NULL DEFAULT 0,
            outcome TEXT, error_count INTEGER, warning_count INTEGER, findings_json TEXT, data_json TEXT, UNIQUE (division, hash));
        CREATE TABLE findings (
            submission_id INTEGER NOT NULL REFERENCES submissions(id), no INTEGER NOT NULL, severity TEXT NOT NULL, rule_id TEXT NOT NULL,
            sheet TEXT, cell TEXT, field TEXT, value TEXT, message TEXT NOT NULL, fix TEXT NOT NULL, PRIMARY KEY (submission_id, no));
        CREATE TABLE duplicates (id INTEGER PRIMARY KEY AUTOINCREMENT, submission_id INTEGER NOT NULL REFERENCES submissions(id), file_name TEXT NOT NULL, seen_at TEXT NOT NULL);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """;

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
