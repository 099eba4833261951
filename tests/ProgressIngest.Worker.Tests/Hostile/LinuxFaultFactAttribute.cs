using System.Diagnostics;

namespace ProgressIngest.Worker.Tests.Hostile;

/// <summary>
/// A test that produces a real file-system fault with a Linux tool: a tiny tmpfs in a private mount
/// namespace (<c>unshare -rm</c>) for a full disk, the immutable attribute (<c>chattr +i</c>, which
/// stops even root) for a file that cannot be replaced, or a child without root's right to read any file
/// (<c>setpriv</c>) for a file the service may not open. Skipped, saying why, where the tool is refused.
/// </summary>
public sealed class LinuxFaultFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> CanChattr = new(ProbeChattr);
    private static readonly Lazy<bool> CanSetpriv = new(ProbeSetpriv);

    public LinuxFaultFactAttribute(string tool)
    {
        var available = tool switch
        {
            "unshare" => OperatingSystem.IsLinux() && WorkerProcess.MountNamespaceAvailable,
            "chattr" => OperatingSystem.IsLinux() && CanChattr.Value,
            "setpriv" => OperatingSystem.IsLinux() && CanSetpriv.Value,
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

    /// <summary>Runs the worker without the capabilities that let root read any file, so a mode-000 file cannot be opened.</summary>
    public static string[] WithoutReadAnyFile(params string[] args)
        => ["--bounding-set=-dac_override,-dac_read_search", "dotnet", ServiceProcessDll, .. args];

    private static string ServiceProcessDll => ProgressIngest.Testing.ServiceProcess.WorkerDll;

    private static bool ProbeSetpriv()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("setpriv", ["--bounding-set=-dac_override,-dac_read_search", "true"]) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
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
