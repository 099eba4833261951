using System.Diagnostics;
using System.Text;

namespace ProgressIngest.Testing;

/// <summary>
/// The real executable as a child process that keeps running while the test acts on its root (a second
/// process, a deleted ledger), its console read as an operator would. Killed on dispose if still running.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process)
    {
        _process = process;
    }

    public static string WorkerDll => Path.Combine(AppContext.BaseDirectory, "ProgressIngest.Worker.dll");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary><c>dotnet ProgressIngest.Worker.dll args…</c>.</summary>
    public static ServiceProcess Start(params string[] args) => StartWith("dotnet", [WorkerDll, .. args]);

    /// <summary>Any program (e.g. <c>setpriv … dotnet</c>); <see cref="WorkerDll"/> goes wherever the arguments put it.</summary>
    public static ServiceProcess StartWith(string fileName, string[] args)
    {
        var info = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var service = new ServiceProcess(Process.Start(info)!);
        service._process.OutputDataReceived += (_, e) => service.Append(e.Data);
        service._process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Waits for the process to end by itself; false at the (generous) timeout.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        _process.WaitForExit();
        return true;
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
