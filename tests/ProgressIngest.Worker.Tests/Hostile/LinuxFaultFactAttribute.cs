using System.Diagnostics;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>
/// A test that produces a real file-system fault with a Linux tool: a tiny tmpfs in a private mount
/// namespace (<c>unshare -rm</c>) for a full disk, or the immutable attribute (<c>chattr +i</c>, which
/// stops even root) for a file that cannot be replaced. Skipped, saying why, where the tool is refused.
/// </summary>
public sealed class LinuxFaultFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> CanChattr = new(ProbeChattr);

    public LinuxFaultFactAttribute(string tool)
    {
        var available = tool switch
        {
            "unshare" => OperatingSystem.IsLinux() && WorkerProcess.MountNamespaceAvailable,
            "chattr" => OperatingSystem.IsLinux() && CanChattr.Value,
            _ => throw new ArgumentException($"unknown tool {tool}", nameof(tool)),
        };
        if (!available)
        {
            Skip = $"needs '{tool}' permitted on this machine (Linux, root or user namespaces); the fault cannot be produced here";
        }
    }

    public static void Chattr(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {flag} {path}: {process.StandardError.ReadToEnd()}");
        }
    }

    private static bool ProbeChattr()
    {
        var file = Path.Combine(Path.GetTempPath(), "progressingest-tests", "chattr-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, "probe");
            Chattr("+i", file);
            Chattr("-i", file);
            return true;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
