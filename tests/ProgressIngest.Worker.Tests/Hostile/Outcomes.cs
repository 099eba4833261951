using System.IO.Compression;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Data.Sqlite;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>What became of each submission, read from the outside: the ledger, the feedback workbook, the archive.</summary>
internal static class Outcomes
{
    public static IReadOnlyList<LedgerRow> Ledger(string root)
    {
        var path = Path.Combine(root, "state", "ledger.db");
        if (!File.Exists(path))
        {
            return [];
        }

        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var rows = new List<LedgerRow>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, division, file_name, outcome, feedback_written, archive_path, hash FROM submissions ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(new LedgerRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4) == 1, reader.GetString(5), reader.GetString(6), []));
            }
        }

        return [.. rows.Select(r => r with { Findings = Findings(connection, r.Id) })];
    }

    public static LedgerRow Row(string root, string fileName, string? division = null)
        => Ledger(root).SingleOrDefault(r => r.FileName == fileName && (division is null || r.Division == division)) ?? throw new Xunit.Sdk.XunitException($"no ledger row for {fileName}; rows: {string.Join(", ", Ledger(root).Select(r => r.FileName))}");

    /// <summary>Every text of every cell of a workbook, for looking up rule ids and messages.</summary>
    public static string WorkbookText(string path)
    {
        using var workbook = new XLWorkbook(path);
        return string.Join("\n", workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()));
    }

    /// <summary>Whether any sheet of a package holds a formula (an <c>f</c> element).</summary>
    public static bool HasFormula(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            if (xml.Contains("<x:f>", StringComparison.Ordinal) || xml.Contains("<x:f ", StringComparison.Ordinal) || xml.Contains("<f>", StringComparison.Ordinal) || xml.Contains("<f ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rule ids printed by <c>validate --format json</c>.</summary>
    public static string[] JsonRuleIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!)];
    }

    /// <summary>A message a submitter reads must be Japanese: it holds kana or kanji.</summary>
    public static bool IsJapanese(string text)
        => text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');

    private static List<LedgerFinding> Findings(SqliteConnection connection, long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rule_id, severity, sheet, cell, message FROM findings WHERE submission_id = $id ORDER BY no";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var list = new List<LedgerFinding>();
        while (reader.Read())
        {
            list.Add(new LedgerFinding(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4)));
        }

        return list;
    }
}
