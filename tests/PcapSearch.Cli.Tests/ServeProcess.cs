using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PcapSearch.Cli.Tests;

/// <summary>`pcapsearch serve` as a user starts it, on 127.0.0.1 and a free port; stopped by its process id.</summary>
public sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static ServeProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pcapsearch.dll"));
        foreach (var argument in (string[])["serve", "--port", "0", "--log-level", "Warning", .. arguments]) start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (ServesLine().Match(line) is { Success: true } match) return new ServeProcess(process, new Uri(match.Groups[1].Value));
        }
        process.WaitForExit();
        throw new InvalidOperationException($"pcapsearch serve exited with {process.ExitCode} before printing its URL");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }

    [GeneratedRegex(@"^PcapSearch serves (http://\S+) ")]
    private static partial Regex ServesLine();
}
