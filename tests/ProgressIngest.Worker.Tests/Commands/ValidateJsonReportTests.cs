using System.Text.Json.Nodes;
using Json.Schema;
using ProgressIngest.Core.Layout;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Commands;

/// <summary>`validate --format json` prints one versioned object that the committed JSON Schema accepts, whatever the file.</summary>
public class ValidateJsonReportTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(RepoPaths.Root, "schemas", "validation-report.schema.json"), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    private static JsonNode Validate(string path, out int code, params string[] extra)
    {
        (code, var output, _) = CliRunner.Run(["validate", path, "--format", "json", .. extra]);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))) + "\n" + output);
        return JsonNode.Parse(output)!;
    }

    private string Save(string division, Action<FilledWorkbook>? tweak = null)
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, division, 2025);
        tweak?.Invoke(workbook);
        var path = Path.Combine(_root.Path, $"{division}+報告.xlsx");
        workbook.SaveAs(path);
        return path;
    }

    [Fact]
    public void Validate_CleanFile_AcceptedWithIdentityAndNoFindings()
    {
        var path = Save("bpr");

        var report = Validate(path, out var code);

        Assert.Equal(0, code);
        Assert.Equal(("1.0", "accepted", "bpr", 2025), ((string)report["formatVersion"]!, (string)report["outcome"]!["code"]!, (string)report["division"]!, (int)report["reportingYear"]!["fiscalYear"]!));
        Assert.Equal("bpr+報告.xlsx", (string)report["file"]!["name"]!);
        Assert.Equal(new FileInfo(path).Length, (long)report["file"]!["size"]!);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), (string)report["file"]!["sha256"]!);
        Assert.Equal(RepoPaths.Catalogue.Hash, (string)report["catalogueVersion"]!);
        Assert.Empty(report["findings"]!.AsArray());
    }

    [Fact]
    public void Validate_FileWithErrorsAndExplainedWarning_EachFindingWithRowColumnAndStatus()
    {
        var path = Save("bpr", w =>
        {
            w.MeasureCell("1-3-04", MeasureColumns.Status).SetValue("継続");
            w.MeasureCell("1-3-03", MeasureColumns.Plan).SetValue(string.Empty);
            w.MeasureCell("1-3-03", MeasureColumns.Notes).SetValue("今年度で完了予定");
        });

        var report = Validate(path, out var code);

        Assert.Equal(1, code);
        Assert.Equal("returned", (string)report["outcome"]!["code"]!);
        var findings = report["findings"]!.AsArray();
        var status = findings.Single(f => (string)f!["ruleId"]! == "status-invalid")!;
        Assert.Equal(("error", "取り組み進捗", "open"), ((string)status["severity"]!, (string)status["sheet"]!, (string)status["status"]!));
        Assert.Equal(4, (int)status["column"]!);
        var plan = findings.Single(f => (string)f!["ruleId"]! == "plan-missing")!;
        Assert.Equal(("explained", "今年度で完了予定"), ((string)plan["status"]!, (string)plan["explanation"]!));
        Assert.Equal((1, 0, 1), ((int)report["counts"]!["errors"]!, (int)report["counts"]!["warnings"]!, (int)report["counts"]!["explained"]!));
    }

    [Fact]
    public void Validate_UnreadableFile_StillTheObjectWithExitTwo()
    {
        var path = Path.Combine(_root.Path, "page.xlsx");
        File.WriteAllText(path, "<html><body>not excel</body></html>");

        var report = Validate(path, out var code, "--division", "bpr");

        Assert.Equal(2, code);
        Assert.Equal("unreadable", (string)report["outcome"]!["code"]!);
        Assert.NotNull((string?)report["file"]!["sha256"]);
        Assert.Single(report["findings"]!.AsArray());
    }

    [Fact]
    public void Validate_MissingFile_ObjectWithNullSizeAndExitTwo()
    {
        var report = Validate(Path.Combine(_root.Path, "ない.xlsx"), out var code);

        Assert.Equal(2, code);
        Assert.Equal(("unreadable", "ない.xlsx"), ((string)report["outcome"]!["code"]!, (string)report["file"]!["name"]!));
        Assert.Null(report["file"]!["size"]);
    }

    [Fact]
    public void Validate_Json_PlainUtf8WithoutEscapedPlusOrJapanese()
    {
        var (_, output, _) = CliRunner.Run("validate", Save("bpr"), "--format", "json");

        Assert.Contains("bpr+報告.xlsx", output);
        Assert.DoesNotContain("\\u", output);
    }
}
