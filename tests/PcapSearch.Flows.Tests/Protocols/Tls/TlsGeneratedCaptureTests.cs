using System.Diagnostics;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Flows.Tests.Protocols.Tls;

/// <summary>tests/bench/gen_pcap.py's TLS sessions, scored by check_truth.py's tls_sni line, with the TLS parser registered.</summary>
public class TlsGeneratedCaptureTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-gen-tls-").FullName;

    [Fact]
    public void Every_generated_tls_flow_carries_its_sni()
    {
        string bench = Path.Combine(Path.GetDirectoryName(TestCorpus.Root)!, "bench");
        string capture = Path.Combine(_directory, "generated.pcap");
        string truth = Path.Combine(_directory, "truth.ndjson");
        string flows = Path.Combine(_directory, "flows.ndjson");
        Python(Path.Combine(bench, "gen_pcap.py"), "--out", capture, "--truth", truth, "--target-mb", "10", "--seed", "11");
        using (var file = File.Create(flows))
        using (var writer = new FlowDocumentWriter(file, new CaptureSource("generated", "generated.pcap")))
        {
            CaptureEngine.Run(capture, TlsTsharkAgreementTests.Options(), writer);
        }
        string score = Python(Path.Combine(bench, "check_truth.py"), truth, flows);
        output.WriteLine(score);
        string line = score.Split('\n').Single(l => l.StartsWith("tls_sni", StringComparison.Ordinal));
        Assert.StartsWith("tls_sni       100.00% of", line);
    }

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
