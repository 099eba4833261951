namespace ProgressIngest.Worker.Files;

/// <summary>
/// A master or feedback file open in Excel on Windows is locked; retry with backoff before giving
/// up, so a clerk who has the master open does not lose a run.
/// </summary>
internal static class Retry
{
    public static void OnSharingViolation(Action action, int attempts = 6)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                action();
                return;
            }
            catch (IOException) when (attempt < attempts)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt)) + TimeSpan.FromMilliseconds(Random.Shared.Next(50)));
            }
            catch (UnauthorizedAccessException) when (attempt < attempts)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt)));
            }
        }
    }
}
