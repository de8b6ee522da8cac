using System.Diagnostics;
using PcapSearch.Capture;
using PcapSearch.Ingest.Indexing;
using PcapSearch.Ingest.Messages;
using PcapSearch.Testing;

namespace PcapSearch.Bus.Tests;

/// <summary>Captures for the bus tests: corpus files, and a generated one large enough to interrupt.</summary>
public static class Captures
{
    public static CaptureReceived Message(string path) => CaptureInPlace.Received(path, "test");

    /// <summary>Distinct corpus captures (by content), in a fixed order.</summary>
    public static List<string> Corpus(int count) =>
        TestCorpus.Captures("arkime").Select(TestCorpus.PathOf)
            .DistinctBy(path => CaptureIdentity.ContentIdOf(path))
            .Take(count).ToList();

    /// <summary>tests/bench/gen_pcap.py's capture of about <paramref name="megabytes"/> MB (thousands of flows) in <paramref name="directory"/>.</summary>
    public static string Generated(string directory, int megabytes)
    {
        string path = Path.Combine(directory, $"generated-{megabytes}mb.pcap");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(TestCorpus.Root, "..", "bench", "gen_pcap.py"), "--out", path, "--target-mb", megabytes.ToString()])
            start.ArgumentList.Add(argument);
        using var generator = Process.Start(start)!;
        string stderr = generator.StandardError.ReadToEnd();
        generator.StandardOutput.ReadToEnd();
        generator.WaitForExit();
        if (generator.ExitCode != 0) throw new InvalidOperationException("gen_pcap.py failed: " + stderr);
        return path;
    }
}
