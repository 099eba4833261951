using ProgressIngest.Testing;
using ProgressIngest.Worker.Files;

namespace ProgressIngest.Worker.Tests.Commands;

/// <summary>One service per root: watch, once and rebuild hold an OS lock on state/; a second one refuses at once.</summary>
[Collection(Watching.RealServiceTests.Name)]
public sealed class RootLockTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Once_WhileWatchRunsOnTheSameRoot_RefusesAtOnceNamingTheHolderAndTouchesNothing()
    {
        // The service waits ten minutes before reading a file, so whatever leaves the inbox was taken by `once`.
        using var watch = ServiceProcess.Start("watch", "--root", _root.Path, "--SettleSeconds", "600");
        Assert.True(await SpinUntil(() => watch.Output.Contains("Watching ", StringComparison.Ordinal) || watch.HasExited), watch.Output);
        var waiting = Path.Combine(_root.Inbox("bpr"), "report.xlsx");
        File.WriteAllBytes(waiting, Hostile.HostileFiles.Valid());

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(3, code);
        Assert.Contains($"プロセスID {watch.Id}", error, StringComparison.Ordinal);
        Assert.Contains(Environment.MachineName, error, StringComparison.Ordinal);
        Assert.Contains("サービスを止めて", error, StringComparison.Ordinal);
        Assert.True(File.Exists(waiting));
        Assert.Empty(_root.ArchiveFiles("bpr"));
    }

    [Fact]
    public async Task Once_AfterTheHolderWasKilled_TakesTheLock()
    {
        using (var watch = ServiceProcess.Start("watch", "--root", _root.Path))
        {
            Assert.True(await SpinUntil(() => watch.Output.Contains("Watching ", StringComparison.Ordinal) || watch.HasExited), watch.Output);
            watch.Kill();
        }

        var (code, _, error) = CliRunner.Run("once", "--root", _root.Path);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("once")]
    [InlineData("rebuild")]
    [InlineData("watch")]
    public void Command_RootLockedByAnother_ExitsThreeWithoutOpeningTheLedger(string command)
    {
        var layout = new RootLayout(_root.Path);
        using var held = RootLock.TryAcquire(layout, "test", TimeProvider.System, out _);
        Assert.NotNull(held);

        var (code, _, error) = CliRunner.Run(command, "--root", _root.Path);

        Assert.Equal(3, code);
        Assert.Contains("使用中", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_root.LedgerPath));
    }

    [Fact]
    public void Validate_WhileTheRootIsLocked_NeedsNoLock()
    {
        var layout = new RootLayout(_root.Path);
        using var held = RootLock.TryAcquire(layout, "test", TimeProvider.System, out _);
        var file = Path.Combine(_root.Path, "report.xlsx");
        using (var workbook = FilledWorkbook.Create(RepoPaths.Catalogue, "bpr", 2025))
        {
            workbook.SaveAs(file);
        }

        Assert.Equal(0, CliRunner.Run("validate", file, "--division", "bpr").ExitCode);
    }

    /// <summary>Waits for something the child process does, bounded by a generous timeout (not a timing assertion).</summary>
    private static Task<bool> SpinUntil(Func<bool> condition) => LedgerProbe.WaitUntil(condition, TimeSpan.FromSeconds(60));
}
