using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ProgressIngest.Core.Merging;
using ProgressIngest.Core.Model;
using ProgressIngest.Core.Reporting;
using ProgressIngest.Testing;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Ledger;

namespace ProgressIngest.Worker.Tests.Ledger;

/// <summary>
/// Years are <see cref="FiscalYear"/> in the code and plain numbers on disk, as they were when they were ints:
/// what earlier releases stored (data_json, reporting_year, receipts) reads back, and is written the same way.
/// </summary>
public sealed class StoredYearFormatTests : IDisposable
{
    // data_json as an earlier release wrote it.
    private const string StoredData =
        """{"measures":[{"measureId":"1-3-01","status":"実施中","detail":"実施した。","issues":"","plan":"","notes":"","cell":"取り組み進捗!D4","isReported":true}],"indicators":[{"indicatorId":"DX-HIRE","fiscalYear":2025,"segment":"全体","value":15,"asOf":null,"notes":"","cell":"指標!E4","isPending":false},{"indicatorId":"OT-HOURS","fiscalYear":2024,"segment":"本庁等","value":null,"asOf":"2025-01-31","notes":"2月確定","cell":"指標!E5","isPending":true}]}""";

    // A receipt as an earlier release wrote it.
    private const string StoredReceipt = """
        {
          "formatVersion": 1,
          "division": "dx",
          "originalName": "DX推進課_進捗報告.xlsx",
          "receivedAt": "2026-01-30T00:00:00+00:00",
          "sequence": 4,
          "hash": "44d2fd60",
          "size": 16964,
          "reportingYear": 2025,
          "catalogue": "8b7d19c5df5a"
        }
        """;

    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void AcceptedData_AsStoredByEarlierReleases_ReadsItsYearsAndWritesTheSameJson()
    {
        var data = JsonSerializer.Deserialize<AcceptedData>(StoredData, LedgerJson.Options)!;

        Assert.Equal([new FiscalYear(2025), new FiscalYear(2024)], data.Indicators.Select(v => v.FiscalYear));
        Assert.Equal(StoredData, JsonSerializer.Serialize(data, LedgerJson.Options));
    }

    [Fact]
    public void Ledger_ReportingYear_IsStoredAsTheIntegerItWasAndReadBackAsAFiscalYear()
    {
        var path = Path.Combine(_root.Path, "ledger.db");
        var data = JsonSerializer.Deserialize<AcceptedData>(StoredData, LedgerJson.Options)!;
        using (var ledger = SubmissionLedger.Open(path))
        {
            var id = ledger.AddPending(new SubmissionKey("dx", "44d2fd60", new FiscalYear(2025), "cat"), "r7.xlsx", 1, "/a/r7.xlsx", DateTimeOffset.UnixEpoch);
            ledger.RecordResult(id, Outcome.Accepted, [], data, DateTimeOffset.UnixEpoch);

            var (year, record) = Assert.Single(ledger.ProcessedBefore(new FiscalYear(2026)));
            Assert.Equal(new FiscalYear(2025), year);
            Assert.Equal(data.Indicators, record.Data!.Indicators);
            Assert.Empty(ledger.ProcessedBefore(new FiscalYear(2025)));
            Assert.Equal(new FiscalYear(2025), ledger.Get(id).ReportingYear);
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(reporting_year), reporting_year, data_json FROM submissions";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("integer", 2025L, StoredData), (reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
    }

    [Fact]
    public void Receipt_AsStoredByEarlierReleases_ReadsItsYearAndWritesTheSameText()
    {
        var archived = Path.Combine(_root.Path, "a.xlsx");
        File.WriteAllText(ArchiveReceipt.PathFor(archived), StoredReceipt);

        var receipt = ArchiveReceipt.TryReadFor(archived);

        Assert.Equal(new FiscalYear(2025), receipt!.ReportingYear);
        var copy = Path.Combine(_root.Path, "b.xlsx");
        receipt.WriteFor(copy);
        Assert.Equal(StoredReceipt.ReplaceLineEndings("\n"), File.ReadAllText(ArchiveReceipt.PathFor(copy)).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void MasterModel_AsFingerprinted_HasEveryYearAsANumber()
    {
        var model = MasterBuilder.Build(RepoPaths.Catalogue, new FiscalYear(2025), []);

        var json = JsonNode.Parse(JsonSerializer.Serialize(model, LedgerJson.Options))!;

        Assert.Equal(2025, (int)json["reportingYear"]!);
        Assert.All(json["indicators"]!.AsArray(), row => Assert.Equal(JsonValueKind.Number, row!["fiscalYear"]!.GetValueKind()));
        Assert.Equal([2022, 2023, 2024, 2025], json["summary"]!.AsArray().Single(s => (string)s!["indicatorId"]! == "OT-HOURS")!["years"]!.AsArray().Select(y => (int)y!));
    }
}
