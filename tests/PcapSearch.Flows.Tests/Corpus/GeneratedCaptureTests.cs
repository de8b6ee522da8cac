using System.Diagnostics;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Flows.Tests.Corpus;

/// <summary>
/// A capture made by tests/bench/gen_pcap.py, scored by its own check_truth.py against the
/// generator's per-flow ground truth: our NDJSON output exactly as `pcapsearch flows` writes it,
/// application names included.
/// </summary>
public class GeneratedCaptureTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-gen-").FullName;

    [Fact]
    public void Every_generated_flow_is_found_and_exact()
    {
        string bench = Path.Combine(Path.GetDirectoryName(TestCorpus.Root)!, "bench");
        string capture = Path.Combine(_directory, "generated.pcap");
        string truth = Path.Combine(_directory, "truth.ndjson");
        string flows = Path.Combine(_directory, "flows.ndjson");
        Python(Path.Combine(bench, "gen_pcap.py"), "--out", capture, "--truth", truth, "--target-mb", "40", "--seed", "7");

        using (var file = File.Create(flows))
        using (var writer = new FlowDocumentWriter(file, new CaptureSource("generated", "generated.pcap")))
        {
            CaptureEngine.Run(capture, new EngineOptions(), writer);
        }

        string score = Python(Path.Combine(bench, "check_truth.py"), truth, flows);
        output.WriteLine(score);
        var lines = score.Trim().Split('\n').Select(l => l.Trim()).ToList();
        Assert.StartsWith("truth: recall 100.00% exact-flow", lines[^1]);
        Assert.True(Percent(lines[^1], "exact-flow ") >= 99.9, score);
        // Names come from the DNS, HTTP and TLS parsers: every generated query name, Host and SNI.
        foreach (var field in new[] { "dns_name", "http_host", "tls_sni" })
            Assert.Contains(lines, l => l.StartsWith(field, StringComparison.Ordinal) && l.Contains(" 100.00% of "));
        Assert.True(Percent(lines[^1], "exact-all ") >= 99.9, score);
    }

    private static double Percent(string line, string label) =>
        double.Parse(line.Split(label)[1].Split('%')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static string Python(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3 {string.Join(' ', arguments)} failed: {stderr}");
        return stdout;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
