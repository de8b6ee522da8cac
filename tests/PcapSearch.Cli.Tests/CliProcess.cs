using System.Diagnostics;

namespace PcapSearch.Cli.Tests;

/// <summary>Runs the real pcapsearch binary (built beside the tests) as a user would.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

public static class CliProcess
{
    public static CliResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pcapsearch.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("pcapsearch " + string.Join(' ', arguments) + " did not finish");
        }
        return new CliResult(process.ExitCode, stdout, stderr.Result);
    }
}
