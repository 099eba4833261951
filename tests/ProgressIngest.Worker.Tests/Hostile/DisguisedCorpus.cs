using System.Text;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>
/// Files that are not what their names claim, dropped together with a good file into one root and
/// processed by a single <c>once</c> run: one bad file must not stop the others.
/// </summary>
public sealed class DisguisedCorpus : IDisposable
{
    public const string CanaryText = "CANARY-7f3c-secret-content";

    public DisguisedCorpus()
    {
        var valid = HostileFiles.Valid("bpr");
        Canary = Path.Combine(Root.Path, "canary.txt");
        File.WriteAllText(Canary, CanaryText);
        var sharedStrings = HostileFiles.PartText(valid, "xl/sharedStrings.xml");
        var doctype = $"<!DOCTYPE x [<!ENTITY canary SYSTEM \"file://{Canary}\"><!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        var hostileStrings = sharedStrings.Replace("?>", "?>" + doctype, StringComparison.Ordinal).Replace("<x:t>bpr</x:t>", "<x:t>&canary;&b;</x:t>", StringComparison.Ordinal);
        var xxe = HostileFiles.Rebuild(valid, new Dictionary<string, Action<Stream>> { ["xl/sharedStrings.xml"] = s => s.Write(Encoding.UTF8.GetBytes(hostileStrings)) });

        Files = new Dictionary<string, byte[]>
        {
            ["good.xlsx"] = valid,
            ["webpage.xls"] = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>所属コード</td><td>bpr</td></tr></table></body></html>"),
            ["export.xlsx"] = Encoding.UTF8.GetBytes("取り組みID,進捗区分\r\n1-3-01,実施中\r\n"),
            ["memo.xlsx"] = Encoding.UTF8.GetBytes("進捗は順調です。詳細は別途メールします。"),
            ["report.pdf.xlsx"] = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n"),
            ["empty.xlsx"] = [],
            ["truncated.xlsx"] = valid[..(valid.Length / 2)],
            ["no-end-record.xlsx"] = valid[..^30],
            ["document.xlsx"] = WordDocument(),
            ["xxe.xlsx"] = xxe,
            ["password-protected.xls"] = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "password-protected.xls")),
            ["random.xls"] = RandomBytes(4096),
        };
        foreach (var (name, content) in Files)
        {
            File.WriteAllBytes(Path.Combine(Root.Inbox("bpr"), name), content);
        }

        Run = CliRunner.Run("once", "--root", Root.Path);
    }

    public TempRoot Root { get; } = new();

    public string Canary { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public (int ExitCode, string Output, string Error) Run { get; }

    public void Dispose()
    {
        Root.Dispose();
    }

    /// <summary>A .docx renamed to .xlsx: a valid Office package, but not a workbook.</summary>
    private static byte[] WordDocument()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"), ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(11).NextBytes(bytes);
        bytes[0] = 0x42;
        return bytes;
    }
}
