using System.Text.Json.Nodes;
using ClosedXML.Excel;
using ProgressIngest.Core.Findings;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Tests.Hostile;

namespace ProgressIngest.Worker.Tests.Processing;

/// <summary>
/// A division removed from divisions.json keeps its archive and ledger rows; its accepted data stays in the
/// master as 登録外 with a finding for the planning division, and its unfinished rows finish without a crash.
/// </summary>
public sealed class RegistryChangeTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Once_DivisionRemovedFromTheRegistry_ItsAcceptedDataStaysInTheMasterAsUnregistered()
    {
        File.WriteAllBytes(Path.Combine(_root.Inbox("izumi"), "izumi.xlsx"), HostileFiles.Valid("izumi"));
        CliRunner.Run("once", "--root", _root.Path);
        var indicatorsBefore = SheetText("指標");

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path, "--schemas", WithoutIzumi());

        Assert.Equal((0, string.Empty), (code, error));
        using var master = new XLWorkbook(_root.MasterFile!);
        var status = master.Worksheet("提出状況").RowsUsed().Single(r => r.Cell(1).GetString() == "izumi");
        Assert.Contains("登録外", status.Cells().Select(c => c.GetString()));
        Assert.Contains(master.Worksheet("指摘一覧").CellsUsed(), c => c.GetString() == RuleIds.DivisionUnregistered);
        Assert.Equal(indicatorsBefore, SheetText("指標"));
        Assert.Single(_root.ArchiveFiles("izumi"));
    }

    [Fact]
    public void Once_DivisionRemovedWithAPendingAndAFeedbackMissingRow_FinishesThemWithoutACrash()
    {
        File.WriteAllBytes(Path.Combine(_root.Inbox("izumi"), "izumi.xlsx"), HostileFiles.Valid("izumi"));
        CliRunner.Run("once", "--root", _root.Path);
        LeaveUnfinishedRows();

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path, "--schemas", WithoutIzumi());

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Equal(0, LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions WHERE state = 'pending' OR feedback_written = 0"));
        Assert.Equal("Returned", LedgerProbe.Text(_root.Path, "SELECT outcome FROM submissions WHERE file_name = 'crashed.xlsx'"));
        Assert.Contains(RuleIds.DivisionNotRegistered, Outcomes.WorkbookText(Path.Combine(_root.Feedback("izumi"), "crashed_フィードバック.xlsx")), StringComparison.Ordinal);
    }

    /// <summary>What a crash leaves: the accepted row's feedback not marked written, and a second file archived and recorded but not checked.</summary>
    private void LeaveUnfinishedRows()
    {
        var archived = Path.Combine(_root.Path, "archive", "izumi", "20250610-100000_00000000_crashed.xlsx");
        var content = HostileFiles.Valid("izumi");
        File.WriteAllBytes(archived, content);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_root.LedgerPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE submissions SET feedback_written = 0 WHERE file_name = 'izumi.xlsx';
            INSERT INTO submissions (division, file_name, hash, size, archive_path, reporting_year, received_at, state, inbox_cleared)
            VALUES ('izumi', 'crashed.xlsx', 'crashed', $size, $path, 2025, '2025-06-10T01:00:00.0000000+00:00', 'pending', 1);
            """;
        command.Parameters.AddWithValue("$size", content.Length);
        command.Parameters.AddWithValue("$path", archived);
        command.ExecuteNonQuery();
    }

    private string WithoutIzumi()
        => _root.CopySchemas((name, text) =>
        {
            if (name != "divisions.json")
            {
                return text;
            }

            var registry = JsonNode.Parse(text)!;
            var divisions = registry["divisions"]!.AsArray();
            divisions.Remove(divisions.Single(d => (string?)d!["code"] == "izumi"));
            return registry.ToJsonString();
        });

    private string SheetText(string sheet)
    {
        using var master = new XLWorkbook(_root.MasterFile!);
        return string.Join("|", master.Worksheet(sheet).CellsUsed().Select(c => c.GetString()));
    }
}
