using System.Diagnostics;

namespace PcapSearch.Cli.Tests;

/// <summary>Runs the real pcapsearch binary (built beside the tests) as a user would.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

public static class CliProcess
{
    /// <summary>Reads the first bytes of stdout, then closes it, as `| head -c N` does.</summary>
    public static CliResult RunAndStopReading(int bytes, params string[] arguments)
    {
        using var process = Start(arguments);
        var stderr = process.StandardError.ReadToEndAsync();
        var buffer = new char[bytes];
        int read = process.StandardOutput.ReadBlock(buffer, 0, bytes);
        process.StandardOutput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("pcapsearch " + string.Join(' ', arguments) + " did not stop when its reader went away");
        }
        return new CliResult(process.ExitCode, new string(buffer, 0, read), stderr.Result);
    }

    public static CliResult Run(params string[] arguments) => RunWith(new Dictionary<string, string>(), arguments);

    /// <summary>Runs with these environment variables set on top of the test's own.</summary>
    public static CliResult RunWith(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Finish(Start(arguments, environment), arguments);

    /// <summary>Runs a native executable of the verbs (<see cref="NativeCli"/>) the same way.</summary>
    public static CliResult RunNative(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return Finish(Process.Start(start)!, arguments);
    }

    private static CliResult Finish(Process started, string[] arguments)
    {
        using var process = started;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("pcapsearch " + string.Join(' ', arguments) + " did not finish");
        }
        return new CliResult(process.ExitCode, stdout, stderr.Result);
    }

    private static Process Start(string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pcapsearch.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }
}
