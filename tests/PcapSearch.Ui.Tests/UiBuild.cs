using System.Diagnostics;

namespace PcapSearch.Ui.Tests;

/// <summary>ui/build.sh, the script <c>./pcapsearch serve</c> runs: builds ui/dist when it is missing or stale.</summary>
public static class UiBuild
{
    /// <summary>The source tree's root (the folder holding tests/ and ui/).</summary>
    public static string Root { get; } = Directory.GetParent(Testing.TestCorpus.Root)!.Parent!.FullName;

    public static string Ui { get; } = Path.Combine(Root, "ui");

    public static string Dist => Path.Combine(Ui, "dist");

    public static async Task EnsureBuiltAsync()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Ui, "build.sh")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"ui/build.sh failed ({process.ExitCode}):\n{await output}\n{await errors}");
    }
}
