using Microsoft.Data.Sqlite;

namespace ProgressIngest.Worker.Ledger;

internal sealed partial class SubmissionLedger
{
    // SQLite result codes (sqlite.org/rescode.html) that mean "this file cannot serve as the ledger".
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    /// <summary>
    /// Opens (or creates) the ledger and proves it usable before anything else happens: it is a database,
    /// passes a quick integrity check, has a schema this release knows (migrated if older), and takes a write.
    /// </summary>
    /// <exception cref="LedgerUnusableException">With a Japanese message naming the file and what to do.</exception>
    public static SubmissionLedger Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            Run(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;");
            if (Read(connection, "PRAGMA quick_check(1)") is not "ok")
            {
                throw new LedgerUnusableException(Damaged(path, "整合性の検査で誤りが見つかりました"));
            }

            LedgerSchema.Apply(connection, path);
            var id = Read(connection, $"SELECT value FROM meta WHERE key = '{LedgerIdKey}'") ?? Guid.NewGuid().ToString("N");

            // A real write: a read-only file (permissions, chattr +i, a read-only mount) is found here, not after a file was archived.
            Run(connection, $"INSERT INTO meta (key, value) VALUES ('{LedgerIdKey}', '{id}') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            return new SubmissionLedger(path, connection, id);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new LedgerUnusableException(
                ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase
                    ? Damaged(path, ex.SqliteErrorCode == SqliteNotADatabase ? "データベースのファイルではありません" : "ファイルが壊れています")
                    : $"台帳 {path} を開けないか、書き込めません（{ex.Message}）。ファイルとフォルダ state/ の権限・読み取り専用属性・ディスクの空きを確認してから、もう一度起動してください。受付フォルダのファイルは何も動かしていません。",
                ex);
        }
        catch (LedgerUnusableException)
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether the file at <see cref="Path"/> is still this ledger: deleted, truncated or replaced while the
    /// service runs, this connection would go on writing to a file nobody will ever read again.
    /// </summary>
    public bool IsStillAtItsPath()
    {
        if (!File.Exists(Path))
        {
            return false;
        }

        try
        {
            using var probe = new SqliteConnection($"Data Source={Path};Mode=ReadOnly;Pooling=False;Default Timeout=5");
            probe.Open();
            return Read(probe, $"SELECT value FROM meta WHERE key = '{LedgerIdKey}'") == _ledgerId;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <exception cref="LedgerUnusableException">The ledger file was deleted or replaced since it was opened.</exception>
    public void EnsureStillAtItsPath()
    {
        if (!IsStillAtItsPath())
        {
            throw new LedgerUnusableException(
                $"台帳 {Path} が実行中に削除されたか、別のファイルに置き換えられました。記録が失われないよう、サービスを停止します。"
                + "置き換えた台帳が正しいものか確認し、失われた場合は `rebuild --root <ルート>` で archive/ から作り直してから、サービスを起動してください。");
        }
    }

    internal static string Damaged(string path, string what)
        => $"台帳 {path} を使えません（{what}）。サービスを止め、このファイル（と同じ名前の -wal・-shm ファイル）を別の名前に移してから、"
            + "`rebuild --root <ルート>` で archive/ から台帳と集約ファイルを作り直してください。受付フォルダのファイルは何も動かしていません。";

    private static string? Read(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
