using System.Text.Json;
using Json.Schema;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Commands;

/// <summary>The command line as System.CommandLine declares it: help runs nothing, usage errors are exit 2 in Japanese on stderr.</summary>
public class CommandLineTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    private static bool IsJapanese(string text) => text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');

    [Theory]
    [InlineData("once")]
    [InlineData("watch")]
    [InlineData("rebuild")]
    [InlineData("validate")]
    [InlineData("template")]
    [InlineData("report")]
    public void Help_ForEveryCommand_PrintsJapaneseUsageAndRunsNothing(string command)
    {
        _root.CopySamples();
        var inbox = Directory.GetFiles(_root.Path, "*", SearchOption.AllDirectories).Length;

        var (code, output, error) = CliRunner.Run(command, "--root", _root.Path, "--help");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains(command, output);
        Assert.True(IsJapanese(output), output);
        Assert.Equal(inbox, Directory.GetFiles(_root.Path, "*", SearchOption.AllDirectories).Length);
        Assert.False(Directory.Exists(Path.Combine(_root.Path, "master")) && Directory.EnumerateFiles(Path.Combine(_root.Path, "master")).Any());
        Assert.False(File.Exists(Path.Combine(_root.Path, "state", "ledger.db")));
    }

    [Theory]
    [InlineData]
    [InlineData("once")]
    [InlineData("validate")]
    public void Version_PrintsTheToolVersionWithItsCommit(params string[] before)
    {
        var (code, output, _) = CliRunner.Run([.. before, "--version"]);

        Assert.Equal(0, code);
        Assert.Matches(@"^ProgressIngest \d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData(new[] { "once", "--root", "R", "--bogus" }, "--bogus")]
    [InlineData(new[] { "validate", "x.xlsx", "--divison", "aoba" }, "「--divison」は「--division」の誤りではありませんか")]
    [InlineData(new[] { "validate", "x.xlsx", "--division" }, "--division")]
    [InlineData(new[] { "validate", "x.xlsx", "--format", "xml" }, "xml")]
    [InlineData(new[] { "onse", "--root", "R" }, "「onse」は「once」の誤りではありませんか")]
    [InlineData(new[] { "once", "--root", "R", "--year", "来年" }, "--year「来年」を年度として読めません")]
    [InlineData(new[] { "template", "--division", "bpr" }, "--out")]
    public void UsageError_ExitTwoJapaneseOnStderrNothingOnStdout(string[] args, string expected)
    {
        var (code, output, error) = CliRunner.Run([.. args.Select(a => a == "R" ? _root.Path : a)]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error);
        Assert.True(IsJapanese(error), error);
        Assert.False(File.Exists(Path.Combine(_root.Path, "state", "ledger.db")));
    }

    [Fact]
    public void Once_FormatJson_OnlyJsonOnStdoutValidAgainstTheSchema()
    {
        _root.CopySamples();

        var (code, output, _) = CliRunner.Run("once", "--root", _root.Path, "--format", "json");

        Assert.Equal(0, code);
        // A registry of its own: the file schema is referenced by $id, and other tests build it too.
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromFile(Path.Combine(RepoPaths.Root, "schemas", "validation-report.schema.json"), build);
        var schema = JsonSchema.FromFile(Path.Combine(RepoPaths.Root, "schemas", "once-report.schema.json"), build);
        using var document = JsonDocument.Parse(output);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal((10, 5, 2, 2, 1), (summary.GetProperty("processed").GetInt32(), summary.GetProperty("accepted").GetInt32(), summary.GetProperty("acceptedWithWarnings").GetInt32(), summary.GetProperty("returned").GetInt32(), summary.GetProperty("unreadable").GetInt32()));
        Assert.Equal(10, document.RootElement.GetProperty("files").GetArrayLength());
    }

    [Fact]
    public void Once_Text_SummaryColumnsLineUpWithJapaneseNames()
    {
        _root.CopySamples();

        var (_, output, _) = CliRunner.Run("once", "--root", _root.Path);

        var table = output.Split('\n').SkipWhile(l => !l.StartsWith("所属", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(11, table.Count);
        Assert.Single(table.Select(l => Worker.Excel.ColumnWidth.WidestLine(l.TrimEnd('\r'))).Distinct());
    }
}
