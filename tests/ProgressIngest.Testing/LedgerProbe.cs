using Microsoft.Data.Sqlite;

namespace ProgressIngest.Testing;

/// <summary>Reads the ledger of a root from the outside, as an auditor would.</summary>
public static class LedgerProbe
{
    public static long Count(string root, string sql)
    {
        var path = Path.Combine(root, "state", "ledger.db");
        if (!File.Exists(path))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False;Default Timeout=5");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // The schema may not exist yet while the service is starting.
            return 0;
        }
    }

    /// <summary>A text value (a meta entry, a group_concat of rows); null when there is none.</summary>
    public static string? Text(string root, string sql)
    {
        var path = Path.Combine(root, "state", "ledger.db");
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False;Default Timeout=5");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    /// <summary>
    /// Checks the condition every 100 ms until it holds or a generous timeout passes (measured on the monotonic
    /// clock): waits for an event, never proves an absence.
    /// </summary>
    public static async Task<bool> WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (started.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            await poll.WaitForNextTickAsync().ConfigureAwait(false);
        }

        return condition();
    }
}
