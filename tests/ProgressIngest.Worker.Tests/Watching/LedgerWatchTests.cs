using Microsoft.Data.Sqlite;
using ProgressIngest.Testing;

namespace ProgressIngest.Worker.Tests.Watching;

/// <summary>
/// The ledger deleted or replaced under a running service is noticed on the next pass: the service stops,
/// says why in Japanese, and exits non-zero, so a service manager's restart-on-failure fires and nothing is
/// recorded into a file nobody reads again.
/// </summary>
[Collection(RealServiceTests.Name)]
public sealed class LedgerWatchTests : IDisposable
{
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Theory]
    [InlineData("deleted")]
    [InlineData("replaced")]
    public async Task Watch_LedgerDeletedOrReplacedWhileRunning_StopsWithExitCodeFourAndSaysWhy(string how)
    {
        using var watch = ServiceProcess.Start("watch", "--root", _root.Path, "--SettleSeconds", "0.3", "--ScanIntervalSeconds", "1");
        Assert.True(await LedgerProbe.WaitUntil(() => watch.Output.Contains("Watching ", StringComparison.Ordinal) || watch.HasExited, TimeSpan.FromSeconds(60)), watch.Output);

        File.Delete(_root.LedgerPath);
        if (how == "replaced")
        {
            using var other = new SqliteConnection($"Data Source={_root.LedgerPath};Pooling=False");
            other.Open();
            using var command = other.CreateCommand();
            command.CommandText = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('ledger_id', 'another');";
            command.ExecuteNonQuery();
        }

        Assert.True(watch.WaitForExit(TimeSpan.FromSeconds(60)), "the service went on running: " + watch.Output);
        Assert.Equal(4, watch.ExitCode);
        Assert.Contains("台帳", watch.Output, StringComparison.Ordinal);
        Assert.True(watch.Output.Contains("rebuild", StringComparison.Ordinal), watch.Output);
    }
}
