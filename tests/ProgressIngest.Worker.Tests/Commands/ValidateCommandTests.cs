using System.IO.Compression;
using System.Text.Json;
using ProgressIngest.Core.Layout;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Commands;

public class ValidateCommandTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_root.Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void Validate_CleanSubmission_ExitZeroAndNoFindings()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var path = Write("bpr.xlsx", workbook.ToBytes());

        var (code, output, _) = CliRunner.Run("validate", path, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(output).RootElement.ValueKind);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Validate_Errors_ExitOneWithFindingFields()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        workbook.IndicatorCell("BPR-SUPPORT", "全体", IndicatorColumns.Value).SetValue("たくさん");
        var path = Write("bpr.xlsx", workbook.ToBytes());

        var (code, output, _) = CliRunner.Run("validate", path, "--format", "json");

        Assert.Equal(1, code);
        var finding = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("value-not-number", finding.GetProperty("ruleId").GetString());
        Assert.Equal("指標", finding.GetProperty("sheet").GetString());
        Assert.Equal("E4", finding.GetProperty("cell").GetString());
        Assert.Equal("値", finding.GetProperty("field").GetString());
        Assert.Equal("たくさん", finding.GetProperty("value").GetString());
        Assert.Contains("数値", finding.GetProperty("message").GetString());
    }

    [Fact]
    public void Validate_DivisionOption_OverridesTheCover()
    {
        using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
        var path = Write("bpr.xlsx", workbook.ToBytes());

        var (code, output, _) = CliRunner.Run("validate", path, "--division", "dx", "--format", "json");

        Assert.Equal(1, code);
        Assert.Contains("cover-division-mismatch", output);
    }

    public static TheoryData<string, string, string> UnreadableFiles() => new()
    {
        { "zero-byte.xlsx", "empty", "空" },
        { "web-page.xls", "html", "HTML" },
        { "notes.xlsx", "text", "Excel" },
        { "truncated.xlsx", "truncated", "壊れて" },
        { "random.xls", "ole-garbage", "読めません" },
        { "not-a-workbook.xlsx", "zip", "Excel" },
        { "report.pdf", "pdf", "形式" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public void Validate_UnreadableFile_ExitTwoWithJapaneseMessage(string name, string kind, string expected)
    {
        var path = Write(name, MakeFile(kind));

        var (code, output, _) = CliRunner.Run("validate", path, "--division", "bpr");

        Assert.Equal(2, code);
        Assert.Contains(expected, output);
        Assert.Contains("修正方法", output);
        Assert.DoesNotContain("Exception", output);
    }

    [Fact]
    public void Validate_PasswordProtectedWorkbook_ExitTwoSayingHowToRemoveThePassword()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Samples", "password-protected.xls");

        var (code, output, _) = CliRunner.Run("validate", path, "--division", "bpr", "--format", "json");

        Assert.Equal(2, code);
        var finding = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("file-encrypted", finding.GetProperty("ruleId").GetString());
        Assert.Contains("パスワード", finding.GetProperty("message").GetString());
    }

    [Fact]
    public void Validate_MissingFileOrBadArguments_ExitTwo()
    {
        Assert.Equal(2, CliRunner.Run("validate", Path.Combine(_root.Path, "nope.xlsx")).ExitCode);
        Assert.Equal(2, CliRunner.Run("validate").ExitCode);
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
    }

    private static byte[] MakeFile(string kind)
    {
        switch (kind)
        {
            case "empty":
                return [];
            case "html":
                return "<html><body><table><tr><td>取り組みID</td></tr></table></body></html>"u8.ToArray();
            case "text":
                return "取り組みID,進捗区分\n1-1-01,実施中\n"u8.ToArray();
            case "pdf":
                return "%PDF-1.4\n"u8.ToArray();
            case "ole-garbage":
                return [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]];
            case "truncated":
                {
                    using var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025);
                    var bytes = workbook.ToBytes();
                    return bytes[..(bytes.Length / 2)];
                }

            default:
                {
                    using var stream = new MemoryStream();
                    using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
                    {
                        using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
                        entry.Write("hello");
                    }

                    return stream.ToArray();
                }
        }
    }
}
