using ProgressIngest.Testing;
using ProgressIngest.Worker.Commands;
using ProgressIngest.Worker.Files;
using ProgressIngest.Worker.Tests.Hostile;

namespace ProgressIngest.Worker.Tests.Drafting;

/// <summary>The draft is written beside the master, and never stands for data the master does not hold.</summary>
public sealed class DraftPublishingTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Once_MasterCannotBeReplaced_TheOldDraftStaysAndNoTempFileIsLeft()
    {
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "first.xlsx"), HostileFiles.Valid("bpr"));
        CliRunner.Run("once", "--root", _root.Path);
        var master = _root.MasterFile!;
        var draft = Directory.GetFiles(_root.MasterDirectory, "*.docx").Single();
        var oldDraft = File.ReadAllBytes(draft);

        // Something now sits where the master goes and cannot be replaced by a file.
        File.Delete(master);
        Directory.CreateDirectory(Path.Combine(master, "occupied"));
        File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "second.xlsx"), HostileFiles.Valid("dx"));
        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(ExitCodes.Unusable, code);
        Assert.Contains("ファイルを書き込めなかった", error, StringComparison.Ordinal);
        Assert.Equal(oldDraft, File.ReadAllBytes(draft));
        Assert.DoesNotContain(Directory.GetFiles(_root.MasterDirectory), f => f.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal));
    }

    [Fact]
    public void Once_SecondSubmission_ReplacesTheDraftAndKeepsTheEarlierOneInHistory()
    {
        File.WriteAllBytes(Path.Combine(_root.Inbox("bpr"), "first.xlsx"), HostileFiles.Valid("bpr"));
        CliRunner.Run("once", "--root", _root.Path);
        var draft = Directory.GetFiles(_root.MasterDirectory, "*.docx").Single();
        var oldDraft = File.ReadAllBytes(draft);

        File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "second.xlsx"), HostileFiles.Valid("dx"));
        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.True(code == 0, error);
        Assert.NotEqual(oldDraft, File.ReadAllBytes(draft));
        var kept = Assert.Single(Directory.GetFiles(Path.Combine(_root.MasterDirectory, "history"), "*.docx"));
        Assert.Equal(oldDraft, File.ReadAllBytes(kept));
        Assert.DoesNotContain(Directory.GetFiles(_root.MasterDirectory), f => f.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal));
    }
}
