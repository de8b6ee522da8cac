using System.Diagnostics;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Tests.Protocols.Dns;
using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Flows.Tests.Protocols.Http;

/// <summary>
/// A small capture from tests/bench/gen_pcap.py, written as NDJSON with the DNS and HTTP parsers
/// registered and scored by check_truth.py: every generated DNS query name and HTTP Host is found.
/// </summary>
public class GeneratedCaptureNamesTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-dns-http-").FullName;

    [Fact]
    public void Every_generated_dns_name_and_http_host_is_found()
    {
        string bench = Path.Combine(Path.GetDirectoryName(TestCorpus.Root)!, "bench");
        string capture = Path.Combine(_directory, "generated.pcap");
        string truth = Path.Combine(_directory, "truth.ndjson");
        string flows = Path.Combine(_directory, "flows.ndjson");
        Python(Path.Combine(bench, "gen_pcap.py"), "--out", capture, "--truth", truth, "--target-mb", "10", "--seed", "11");

        using (var file = File.Create(flows))
        using (var writer = new FlowDocumentWriter(file, new CaptureSource("generated", "generated.pcap")))
        {
            CaptureEngine.Run(capture, DnsHttpCorpus.Options(), writer);
        }

        string score = Python(Path.Combine(bench, "check_truth.py"), truth, flows);
        output.WriteLine(score);
        var lines = score.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(lines, l => l.StartsWith("dns_name", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("http_host", StringComparison.Ordinal));
        foreach (var line in lines.Where(l => l.StartsWith("dns_name", StringComparison.Ordinal) || l.StartsWith("http_host", StringComparison.Ordinal)))
            Assert.Contains(" 100.00% of ", line);
    }

    private static string Python(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3 {string.Join(' ', arguments)} failed: {stderr.Result}");
        return stdout;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
