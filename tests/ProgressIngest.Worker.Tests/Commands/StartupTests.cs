using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Commands;

public class StartupTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Once_BrokenDivisionRegistry_RefusesToStartNamingFilePointerEntryAndProblem()
    {
        var schemas = CopyOfSchemas(t => t.Replace("\"kind\": \"ward\"", "\"kind\": \"wardd\"", StringComparison.Ordinal));

        var (code, _, error) = CliRunner.Run("once", "--root", Path.Combine(_root.Path, "root"), "--schemas", schemas);

        Assert.Equal(2, code);
        Assert.Contains("divisions.json /divisions/5/kind (aoba): \"kind\" は headquarters / ward のいずれかにしてください（今は \"wardd\"）", error);
        Assert.False(Directory.Exists(Path.Combine(_root.Path, "root", "inbox")));
    }

    [Fact]
    public void Once_DivisionRegistryWithThreeMistakes_ReportsAllThreeInOneRun()
    {
        var schemas = CopyOfSchemas(t => t
            .Replace("\"code\": \"compliance\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"1-3-03\"", "\"1-3-09\"", StringComparison.Ordinal)
            .Replace("\"measures\": [\"1-3-01\"", "\"measures\": [\"F5-1\"", StringComparison.Ordinal));

        var (code, _, error) = CliRunner.Run("once", "--root", Path.Combine(_root.Path, "root"), "--schemas", schemas);

        Assert.Equal(2, code);
        Assert.Contains("設定ファイルの誤り", error);
        Assert.Contains("divisions.json /divisions/1/measures/0 (bpr): 取り組み \"1-3-09\" が measures.json にありません。", error);
        Assert.Contains("divisions.json /divisions/2/measures/0 (dx): \"measures\" の 1 番目 の書き方が正しくありません（今は \"F5-1\"）", error);
        Assert.Contains("divisions.json /divisions/3/code (コンプライアンス推進課): 必須の項目 \"code\" がありません。", error);
        Assert.False(Directory.Exists(Path.Combine(_root.Path, "root", "inbox")));
    }

    [Fact]
    public void Once_BadSettingValue_RefusesToStartWithAMessage()
    {
        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path, "--SettleSeconds", "abc");

        Assert.Equal(2, code);
        Assert.Contains("設定", error);
    }

    [Fact]
    public void Once_WithoutRoot_SaysHowToGiveIt()
    {
        var (code, _, error) = CliRunner.Run("once");

        Assert.Equal(2, code);
        Assert.Contains("--root", error);
    }

    [Fact]
    public void Template_UnknownDivision_ListsTheCodes()
    {
        var (code, _, error) = CliRunner.Run("template", "--division", "nope", "--out", Path.Combine(_root.Path, "t.xlsx"));

        Assert.Equal(2, code);
        Assert.Contains("aoba", error);
    }

    [Fact]
    public void Template_EveryDivision_WritesAWorkbook()
    {
        foreach (var division in RepoPaths.Catalogue.Divisions)
        {
            var path = Path.Combine(_root.Path, $"{division.Code}.xlsx");
            Assert.Equal(0, CliRunner.Run("template", "--division", division.Code, "--out", path).ExitCode);
            using var workbook = new ClosedXML.Excel.XLWorkbook(path);
            Assert.Equal(["表紙", "取り組み進捗", "指標", "記入方法"], workbook.Worksheets.Select(w => w.Name));
        }
    }

    /// <summary>A copy of schemas/ with divisions.json edited.</summary>
    private string CopyOfSchemas(Func<string, string> editDivisions)
    {
        var schemas = Path.Combine(_root.Path, "schemas");
        Directory.CreateDirectory(schemas);
        foreach (var file in Directory.GetFiles(RepoPaths.Schemas, "*.json"))
        {
            File.Copy(file, Path.Combine(schemas, Path.GetFileName(file)));
        }

        var registry = Path.Combine(schemas, "divisions.json");
        File.WriteAllText(registry, editDivisions(File.ReadAllText(registry)));
        return schemas;
    }
}
