using Microsoft.Data.Sqlite;

namespace ProgressIngest.Worker.Ledger;

/// <summary>
/// The ledger's tables and their versions (<c>PRAGMA user_version</c>). Version 1 is the unversioned
/// schema of earlier releases (user_version 0 with the tables present); each step migrates one version up.
/// </summary>
internal static class LedgerSchema
{
    public const int CurrentVersion = 3;

    private static string SubmissionsV2(string table) => $$"""
        CREATE TABLE {{table}} (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            division TEXT NOT NULL,
            file_name TEXT NOT NULL,
            hash TEXT NOT NULL,
            size INTEGER NOT NULL,
            archive_path TEXT NOT NULL,
            reporting_year INTEGER NOT NULL,
            catalogue TEXT NOT NULL DEFAULT '',
            received_at TEXT NOT NULL,
            processed_at TEXT,
            state TEXT NOT NULL,
            inbox_cleared INTEGER NOT NULL DEFAULT 0,
            feedback_written INTEGER NOT NULL DEFAULT 0,
            outcome TEXT,
            error_count INTEGER,
            warning_count INTEGER,
            findings_json TEXT,
            data_json TEXT,
            UNIQUE (division, hash, reporting_year, catalogue)
        );
        """;

    /// <summary>Version 3: who to call about a submission (担当者・連絡先 from its cover), kept for returned ones too.</summary>
    private const string AddContact = "ALTER TABLE submissions ADD COLUMN contact_json TEXT;";

    private const string OtherTables = """
        CREATE TABLE IF NOT EXISTS findings (
            submission_id INTEGER NOT NULL REFERENCES submissions(id),
            no INTEGER NOT NULL,
            severity TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            sheet TEXT,
            cell TEXT,
            field TEXT,
            value TEXT,
            message TEXT NOT NULL,
            fix TEXT NOT NULL,
            PRIMARY KEY (submission_id, no)
        );
        CREATE TABLE IF NOT EXISTS duplicates (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            submission_id INTEGER NOT NULL REFERENCES submissions(id),
            file_name TEXT NOT NULL,
            seen_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """;

    /// <summary>Creates the tables of a new ledger, or migrates an older one; returns the version found.</summary>
    /// <exception cref="LedgerUnusableException">The ledger was written by a newer release.</exception>
    public static int Apply(SqliteConnection connection, string path)
    {
        var version = VersionOf(connection);
        if (version > CurrentVersion)
        {
            throw new LedgerUnusableException(
                $"台帳 {path} は新しい版のプログラムで作られています（台帳の版 {version}、このプログラムが扱える版 {CurrentVersion}）。新しい版のプログラムで起動してください。");
        }

        if (version == 0)
        {
            Run(connection, SubmissionsV2("submissions") + OtherTables + AddContact + $"PRAGMA user_version = {CurrentVersion};");
            return version;
        }

        if (version == 1)
        {
            MigrateV1ToV2(connection);
        }

        if (version <= 2)
        {
            Run(connection, AddContact + "PRAGMA user_version = 3;");
        }

        return version;
    }

    /// <summary>0: no tables yet; 1: the unversioned schema of earlier releases; otherwise user_version.</summary>
    private static int VersionOf(SqliteConnection connection)
    {
        var userVersion = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (userVersion > 0)
        {
            return userVersion;
        }

        return Convert.ToInt64(Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'submissions'"), System.Globalization.CultureInfo.InvariantCulture) > 0 ? 1 : 0;
    }

    /// <summary>
    /// Adds the catalogue to a submission's identity. SQLite cannot change a UNIQUE constraint in place, so the
    /// table is rebuilt (sqlite.org/lang_altertable.html, "other kinds of table schema changes"), ids kept.
    /// Rows from before have an unknown catalogue (''), so their content is checked again if dropped again.
    /// </summary>
    private static void MigrateV1ToV2(SqliteConnection connection)
    {
        Run(connection, "PRAGMA foreign_keys = OFF;");
        using (var transaction = connection.BeginTransaction())
        {
            Run(connection, SubmissionsV2("submissions_v2") + """
                INSERT INTO submissions_v2 (id, division, file_name, hash, size, archive_path, reporting_year, catalogue, received_at, processed_at,
                    state, inbox_cleared, feedback_written, outcome, error_count, warning_count, findings_json, data_json)
                SELECT id, division, file_name, hash, size, archive_path, reporting_year, '', received_at, processed_at,
                    state, inbox_cleared, feedback_written, outcome, error_count, warning_count, findings_json, data_json FROM submissions;
                DROP TABLE submissions;
                ALTER TABLE submissions_v2 RENAME TO submissions;
                """ + OtherTables + "PRAGMA user_version = 2;");
            transaction.Commit();
        }

        Run(connection, "PRAGMA foreign_keys = ON;");
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
