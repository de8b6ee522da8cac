using System.Diagnostics;

namespace PcapSearch.Enrichment.Tests.Oracles;

/// <summary>
/// libmaxminddb's <c>mmdblookup</c> (Debian's mmdb-bin, installed by prerequisites.sh test): an independent reader
/// of MaxMind DB files, which the expected values of the tests come from.
/// </summary>
public static class MmdbLookup
{
    public const string Program = "/usr/bin/mmdblookup";

    /// <summary>The value at a data path (<c>country iso_code</c>, <c>subdivisions 0 names en</c>) as text; null when the address or the path has none.</summary>
    public static string? Value(string database, string ip, params string[] path)
    {
        if (Lookup(database, ip, path) is not { } output) return null;
        // One value: `  "England" <utf8_string>` or `  37.750999 <float>`.
        string line = output.Split('\n').Select(l => l.Trim()).Single(l => l.Length > 0);
        string value = line[..line.LastIndexOf(" <", StringComparison.Ordinal)];
        return value.StartsWith('"') ? value[1..^1] : value;
    }

    /// <summary>Whether the database has a record for the address.</summary>
    public static bool Has(string database, string ip) => Lookup(database, ip, []) is not null;

    private static string? Lookup(string database, string ip, string[] path)
    {
        Assert.True(File.Exists(Program), $"{Program} is missing: run deploy/setup/prerequisites.sh test (it installs mmdb-bin)");
        var start = new ProcessStartInfo(Program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "--file", database, "--ip", ip }.Concat(path)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode != 0 || output.Contains("Could not find an entry", StringComparison.Ordinal) ? null : output;
    }
}
