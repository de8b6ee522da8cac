using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PcapSearch.Bus.Tests;

/// <summary>`pcapsearch worker` as an operator runs it: the real binary in its own process, its log lines collected.</summary>
public sealed partial class WorkerProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly List<string> _seen = [];

    private WorkerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => { if (line.Data != null) _lines.Add(line.Data); };
        _process.ErrorDataReceived += (_, line) => { if (line.Data != null) _lines.Add(line.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts a worker without waiting for it.</summary>
    public static WorkerProcess Launch(string data, string rabbitMqUrl, params string[] more)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pcapsearch.dll"));
        foreach (var argument in (string[])["worker", "--data", data, "--rabbitmq", rabbitMqUrl, .. more]) start.ArgumentList.Add(argument);
        return new WorkerProcess(Process.Start(start)!);
    }

    public void WaitUntilConsuming() => WaitForLine(line => line.StartsWith("pcapsearch worker: consuming", StringComparison.Ordinal));

    /// <summary>Every line the worker wrote so far (all of them once it has exited).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            while (_lines.TryTake(out var line)) _seen.Add(line);
            return _seen;
        }
    }

    /// <summary>The first line from now on that matches; fails when the worker ends or takes too long.</summary>
    public string WaitForLine(Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_lines.TryTake(out var line, TimeSpan.FromMilliseconds(200)))
            {
                _seen.Add(line);
                if (match(line)) return line;
            }
            else if (_process.HasExited && _lines.Count == 0)
            {
                throw new InvalidOperationException($"the worker exited ({_process.ExitCode}):\n{string.Join('\n', _seen)}");
            }
        }
        throw new TimeoutException("the worker did not write the expected line:\n" + string.Join('\n', _seen));
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses the process.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager stops it; returns its exit code.</summary>
    public int Stop()
    {
        if (!_process.HasExited) SendSignal(_process.Id, Sigterm);
        if (!_process.WaitForExit(Patience)) throw new TimeoutException("the worker did not stop on SIGTERM:\n" + string.Join('\n', _seen));
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Kills the worker if it still runs; its lines stay readable.</summary>
    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private const int Sigterm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
