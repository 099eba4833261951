using System.Globalization;
using ProgressIngest.Core.Reporting;

namespace ProgressIngest.Worker.Files;

/// <summary>
/// One process per root: <c>watch</c>, <c>once</c> and <c>rebuild</c> hold <c>state/service.lock</c> open with no
/// sharing (a Windows share lock; <c>flock</c> on Linux), so the OS releases it when the process ends, even by kill -9.
/// Who holds it (process id, host, since) is written in it and, because a locked file cannot be read on
/// Windows, in <c>state/service.lock.holder</c> beside it.
/// </summary>
internal sealed class RootLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _holderPath;

    private RootLock(FileStream stream, string holderPath)
    {
        _stream = stream;
        _holderPath = holderPath;
    }

    public static string PathFor(RootLayout layout) => Path.Combine(layout.State, "service.lock");

    public static string HolderPathFor(RootLayout layout) => PathFor(layout) + ".holder";

    /// <summary>Takes the lock, or returns null and who holds it.</summary>
    public static RootLock? TryAcquire(RootLayout layout, string command, TimeProvider clock, out string holder)
    {
        Directory.CreateDirectory(layout.State);
        FileStream stream;
        try
        {
            stream = new FileStream(PathFor(layout), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            holder = ReadHolder(layout);
            return null;
        }

        holder = string.Create(
            CultureInfo.InvariantCulture,
            $"プロセスID {Environment.ProcessId}、ホスト {Environment.MachineName}、{JapanTime.Format(clock.GetUtcNow())} から（{command}）");
        var bytes = System.Text.Encoding.UTF8.GetBytes(holder + Environment.NewLine);
        stream.SetLength(0);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
        File.WriteAllBytes(HolderPathFor(layout), bytes);
        return new RootLock(stream, HolderPathFor(layout));
    }

    public void Dispose()
    {
        // While still held: once released, the holder file may already be the next holder's.
        File.Delete(_holderPath);
        _stream.Dispose();
    }

    private static string ReadHolder(RootLayout layout)
    {
        try
        {
            return File.ReadAllText(HolderPathFor(layout)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "不明（別のプロセス）";
        }
    }
}
