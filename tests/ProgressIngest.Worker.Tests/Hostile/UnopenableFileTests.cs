using ProgressIngest.Core.Findings;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>
/// A file the service may not open is answered after a bounded number of attempts (feedback, a warning naming
/// it, a line in `once`'s summary) instead of being retried forever; ignored names are logged once at Information.
/// </summary>
public sealed class UnopenableFileTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [LinuxFaultFact("setpriv")]
    public void Once_FileThatCannotBeOpened_AnsweredNamedInTheSummaryAndLoggedAsAWarning()
    {
        var locked = Path.Combine(_root.Inbox("bpr"), "読めない.xlsx");
        File.WriteAllBytes(locked, HostileFiles.Valid("bpr"));
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        File.WriteAllBytes(Path.Combine(_root.Inbox("dx"), "dx.xlsx"), HostileFiles.Valid("dx"));

        using var once = ServiceProcess.StartWith("setpriv", LinuxFaultFactAttribute.WithoutReadAnyFile("once", "--root", _root.Path));
        Assert.True(once.WaitForExit(TimeSpan.FromSeconds(120)), once.Output);

        Assert.Equal(0, once.ExitCode);
        Assert.Contains("開けなかったファイル: 1 件", once.Output, StringComparison.Ordinal);
        Assert.Contains("bpr/読めない.xlsx（アクセスが拒否されました）", once.Output, StringComparison.Ordinal);
        Assert.Contains("warn", once.Output, StringComparison.Ordinal);
        Assert.Contains($"Cannot open {locked}", once.Output, StringComparison.Ordinal);
        var feedback = Path.Combine(_root.Feedback("bpr"), "読めない_フィードバック.xlsx");
        Assert.Contains(RuleIds.FileUnreadable, Outcomes.WorkbookText(feedback), StringComparison.Ordinal);
        Assert.Contains("アクセスが拒否されました", Outcomes.WorkbookText(feedback), StringComparison.Ordinal);
        Assert.True(File.Exists(locked));
        Assert.Equal(1, LedgerProbe.Count(_root.Path, "SELECT COUNT(*) FROM submissions"));
    }

    [Fact]
    public void Once_HiddenAndLockFiles_EachLoggedOnceAtInformation()
    {
        var inbox = _root.Inbox("bpr");
        File.WriteAllText(Path.Combine(inbox, ".hidden.xlsx"), "hidden");
        File.WriteAllText(Path.Combine(inbox, "~$report.xlsx"), "lock");

        using var once = ServiceProcess.Start("once", "--root", _root.Path, "--verbose");
        Assert.True(once.WaitForExit(TimeSpan.FromSeconds(120)), once.Output);

        Assert.Equal(0, once.ExitCode);
        Assert.Single(Lines(once.Output, "Skipped " + Path.Combine(inbox, ".hidden.xlsx")));
        Assert.Single(Lines(once.Output, "Skipped " + Path.Combine(inbox, "~$report.xlsx")));
    }

    private static IEnumerable<string> Lines(string output, string text)
        => output.Split('\n').Where(l => l.Contains(text, StringComparison.Ordinal));
}
