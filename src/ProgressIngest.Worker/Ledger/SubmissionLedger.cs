using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ProgressIngest.Core.Findings;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Ledger;

/// <summary>
/// The audit trail in SQLite under state/: every submission, its hash, times, outcome and findings,
/// and the normalised data of accepted ones. It is an index of archive/ (see <see cref="ArchiveIndex"/>):
/// lost or damaged, it is rebuilt from there. WAL with synchronous=FULL: a committed row survives kill -9 and power loss.
/// </summary>
internal sealed partial class SubmissionLedger : IDisposable
{
    private const string LedgerIdKey = "ledger_id";

    private readonly SqliteConnection _connection;
    private readonly string _ledgerId;

    private SubmissionLedger(string path, SqliteConnection connection, string ledgerId)
    {
        Path = path;
        _connection = connection;
        _ledgerId = ledgerId;
    }

    public string Path { get; }

    public LedgerEntry? Find(SubmissionKey key)
        => Query(
            "SELECT * FROM submissions WHERE division = $d AND hash = $h AND reporting_year = $y AND catalogue = $c",
            ("$d", key.Division), ("$h", key.Hash), ("$y", key.ReportingYear.StartYear), ("$c", key.Catalogue)).FirstOrDefault();

    public LedgerEntry Get(long id) => Query("SELECT * FROM submissions WHERE id = $id", ("$id", id)).Single();

    public bool IsEmpty => Convert.ToInt64(Scalar("SELECT COUNT(*) FROM submissions"), CultureInfo.InvariantCulture) == 0;

    /// <param name="sequence">The ledger id to use (a rebuild keeps the archive's order); null for the next one.</param>
    public long AddPending(SubmissionKey key, string fileName, long size, string archivePath, DateTimeOffset receivedAt, bool inboxCleared = false, long? sequence = null)
    {
        using var command = Command(
            """
            INSERT INTO submissions (id, division, file_name, hash, size, archive_path, reporting_year, catalogue, received_at, state, inbox_cleared)
            VALUES ($id, $d, $f, $h, $s, $a, $y, $c, $r, 'pending', $ic) RETURNING id
            """,
            ("$id", (object?)sequence ?? DBNull.Value),
            ("$d", key.Division),
            ("$f", fileName),
            ("$h", key.Hash),
            ("$s", size),
            ("$a", archivePath),
            ("$y", key.ReportingYear.StartYear),
            ("$c", key.Catalogue),
            ("$r", Time(receivedAt)),
            ("$ic", inboxCleared ? 1 : 0));
        return (long)command.ExecuteScalar()!;
    }

    public void MarkInboxCleared(long id) => Execute("UPDATE submissions SET inbox_cleared = 1 WHERE id = $id", ("$id", id));

    /// <summary>Marks several rows in one transaction: one fsync for a batch of feedback written on another thread.</summary>
    public void MarkFeedbackWritten(IReadOnlyCollection<long> ids)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var id in ids)
        {
            Execute("UPDATE submissions SET feedback_written = 1 WHERE id = $id", ("$id", id));
        }

        transaction.Commit();
    }

    public void RecordDuplicate(long submissionId, string fileName, DateTimeOffset seenAt)
        => Execute("INSERT INTO duplicates (submission_id, file_name, seen_at) VALUES ($id, $f, $t)", ("$id", submissionId), ("$f", fileName), ("$t", Time(seenAt)));

    /// <summary>Records the outcome, the findings and the accepted data in one transaction.</summary>
    /// <param name="inboxCleared">The caller removed the inbox file before checking (recorded in the same transaction).</param>
    public void RecordResult(long id, Outcome outcome, IReadOnlyList<Finding> findings, AcceptedData? data, DateTimeOffset processedAt, bool inboxCleared = false, SubmissionContact? contact = null)
    {
        using var transaction = _connection.BeginTransaction();
        Execute("DELETE FROM findings WHERE submission_id = $id", ("$id", id));
        Execute(
            """
            UPDATE submissions SET state = 'processed', processed_at = $p, outcome = $o, error_count = $e, warning_count = $w,
                findings_json = $fj, data_json = $dj, contact_json = $cj, inbox_cleared = MAX(inbox_cleared, $ic) WHERE id = $id
            """,
            ("$id", id),
            ("$p", Time(processedAt)),
            ("$o", outcome.ToString()),
            ("$e", findings.Count(f => f.Severity == Severity.Error)),
            ("$w", findings.Count(f => f.Severity == Severity.Warning)),
            ("$fj", JsonSerializer.Serialize(findings, LedgerJson.Options)),
            ("$dj", data is null ? DBNull.Value : JsonSerializer.Serialize(data, LedgerJson.Options)),
            ("$ic", inboxCleared ? 1 : 0),
            ("$cj", contact is null ? DBNull.Value : JsonSerializer.Serialize(contact, LedgerJson.Options)));
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            Execute(
                "INSERT INTO findings VALUES ($id, $no, $sev, $rule, $sheet, $cell, $field, $value, $msg, $fix)",
                ("$id", id), ("$no", i + 1), ("$sev", f.Severity.ToString()), ("$rule", f.RuleId), ("$sheet", (object?)f.Sheet ?? DBNull.Value),
                ("$cell", (object?)f.Cell ?? DBNull.Value), ("$field", (object?)f.Field ?? DBNull.Value), ("$value", (object?)f.Value ?? DBNull.Value),
                ("$msg", f.Message), ("$fix", f.Fix));
        }

        transaction.Commit();
    }

    public IReadOnlyList<LedgerEntry> All() => Query("SELECT * FROM submissions ORDER BY id");

    public IReadOnlyList<LedgerEntry> Pending() => Query("SELECT * FROM submissions WHERE state = 'pending' ORDER BY id");

    public IReadOnlyList<LedgerEntry> FeedbackMissing()
        => Query("SELECT * FROM submissions WHERE state = 'processed' AND feedback_written = 0 ORDER BY id");

    /// <summary>Every processed submission of the reporting year, in ledger order, for the master and for history.</summary>
    public IReadOnlyList<SubmissionRecord> Processed(FiscalYear reportingYear)
        => [.. ReadRecords("reporting_year = $y", reportingYear).Select(r => r.Record)];

    /// <summary>Every processed submission of earlier reporting cycles: their accepted values are published history now.</summary>
    public IReadOnlyList<(FiscalYear ReportingYear, SubmissionRecord Record)> ProcessedBefore(FiscalYear reportingYear)
        => ReadRecords("reporting_year < $y", reportingYear);

    private List<(FiscalYear ReportingYear, SubmissionRecord Record)> ReadRecords(string condition, FiscalYear reportingYear)
    {
        using var command = Command(
            $"SELECT id, division, file_name, hash, received_at, outcome, findings_json, data_json, contact_json, reporting_year FROM submissions WHERE state = 'processed' AND {condition} ORDER BY id",
            ("$y", reportingYear.StartYear));
        using var reader = command.ExecuteReader();
        var list = new List<(FiscalYear, SubmissionRecord)>();
        while (reader.Read())
        {
            list.Add((new FiscalYear(reader.GetInt32(9)), new SubmissionRecord(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                Enum.Parse<Outcome>(reader.GetString(5)),
                JsonSerializer.Deserialize<List<Finding>>(reader.GetString(6), LedgerJson.Options) ?? [],
                reader.IsDBNull(7) ? null : JsonSerializer.Deserialize<AcceptedData>(reader.GetString(7), LedgerJson.Options))
            {
                Contact = reader.IsDBNull(8) ? null : JsonSerializer.Deserialize<SubmissionContact>(reader.GetString(8), LedgerJson.Options),
            }));
        }

        return list;
    }

    public string? GetMeta(string key) => Scalar("SELECT value FROM meta WHERE key = $k", ("$k", key)) as string;

    public void SetMeta(string key, string value)
        => Execute("INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("$k", key), ("$v", value));

    public void Dispose() => _connection.Dispose();

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private List<LedgerEntry> Query(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<LedgerEntry>();
        while (reader.Read())
        {
            var outcome = reader.GetOrdinal("outcome");
            list.Add(new LedgerEntry(
                reader.GetInt64(reader.GetOrdinal("id")),
                reader.GetString(reader.GetOrdinal("division")),
                reader.GetString(reader.GetOrdinal("file_name")),
                reader.GetString(reader.GetOrdinal("hash")),
                reader.GetString(reader.GetOrdinal("archive_path")),
                DateTimeOffset.Parse(reader.GetString(reader.GetOrdinal("received_at")), CultureInfo.InvariantCulture),
                new FiscalYear(reader.GetInt32(reader.GetOrdinal("reporting_year"))),
                reader.GetString(reader.GetOrdinal("catalogue")),
                LedgerStateText.Parse(reader.GetString(reader.GetOrdinal("state"))),
                reader.GetInt64(reader.GetOrdinal("inbox_cleared")) == 1,
                reader.GetInt64(reader.GetOrdinal("feedback_written")) == 1,
                reader.IsDBNull(outcome) ? null : Enum.Parse<Outcome>(reader.GetString(outcome)),
                reader.GetInt64(reader.GetOrdinal("size"))));
        }

        return list;
    }

    private object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar();
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
