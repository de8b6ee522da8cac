using System.Text.Json;
using PcapSearch.Capture;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Protocols;
using PcapSearch.Flows.Protocols.Ssh;
using PcapSearch.Flows.Protocols.Tls;
using PcapSearch.Flows.Tests.Corpus;
using PcapSearch.Testing;
using Xunit.Abstractions;

namespace PcapSearch.Flows.Tests.Protocols.Tls;

/// <summary>
/// SNI and JA3 against tshark's ClientHellos (tls_client_hellos in every tests/corpus/**/*.tshark.json;
/// tshark's tls.handshake.ja3 is the MD5 JA3). A reference row agrees when a flow between its two
/// addresses (either direction) was read as TLS with the same SNI (both absent counts) and the same
/// JA3 (tshark gives none for SSLv2-format hellos; then the TLS classification is what is checked).
/// docs/protocols-tls-ssh.md explains every miss reason printed here.
/// </summary>
public class TlsTsharkAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void Client_hellos_agree_with_tshark()
    {
        int rows = 0, agreed = 0, quic = 0;
        var misses = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var options = new EngineOptions();
        foreach (var capture in TestCorpus.Captures("arkime").Concat(TestCorpus.Captures("zeek")).Concat(TestCorpus.Captures("tcpdump")))
        {
            string referencePath = TestCorpus.PathOf(capture) + ".tshark.json";
            if (!File.Exists(referencePath)) continue;
            using var reference = JsonDocument.Parse(File.ReadAllBytes(referencePath));
            if (!reference.RootElement.TryGetProperty("tls_client_hellos", out var hellos) || hellos.ValueKind != JsonValueKind.Array || hellos.GetArrayLength() == 0) continue;

            IReadOnlyList<Flow> flows;
            try
            {
                flows = EngineRun.Of(TestCorpus.PathOf(capture), options).Flows;
            }
            catch (CaptureRefusedException)
            {
                flows = [];
            }
            foreach (var row in hellos.EnumerateArray())
            {
                rows++;
                string src = Endpoints.Normalise(row.GetProperty("src").GetString()!), dst = Endpoints.Normalise(row.GetProperty("dst").GetString()!);
                string? sni = row.GetProperty("server_name").GetString(), ja3 = row.GetProperty("ja3").GetString();
                string? reason = Miss(flows, src, dst, sni, ja3);
                if (reason == null) { agreed++; continue; }
                if (reason.StartsWith("udp", StringComparison.Ordinal)) quic++;
                if (!misses.TryGetValue(reason, out var list)) misses[reason] = list = [];
                list.Add($"{capture} frame {row.GetProperty("frame").GetInt32()} sni={sni} ja3={ja3}");
            }
        }

        int tcpRows = rows - quic;
        double overall = 100.0 * agreed / rows, tcp = 100.0 * agreed / tcpRows;
        output.WriteLine($"tshark ClientHellos: {rows}; agreed {agreed} ({overall:F2}%); over TCP (QUIC out of scope, {quic} rows) {agreed}/{tcpRows} ({tcp:F2}%)");
        foreach (var (reason, list) in misses)
        {
            output.WriteLine($"{list.Count,4}  {reason}");
            foreach (var line in list) output.WriteLine("        " + line);
        }
        Assert.True(tcp >= MeasuredTcpAgreement, $"{tcp:F2}% < {MeasuredTcpAgreement}%");
        // Every hello we did read agrees with tshark: the misses are flows we never classified.
        Assert.DoesNotContain("JA3 differs", misses.Keys);
        Assert.DoesNotContain("SNI differs", misses.Keys);
        Assert.DoesNotContain("TLS flow without a readable ClientHello", misses.Keys);
    }

    /// <summary>Measured on the corpus: every TCP hello (see docs/protocols-tls-ssh.md).</summary>
    private const double MeasuredTcpAgreement = 99.0;

    private static string? Miss(IReadOnlyList<Flow> flows, string src, string dst, string? sni, string? ja3)
    {
        var between = new List<Flow>();
        foreach (var flow in flows)
        {
            string a = flow.SourceIp.ToString(), b = flow.DestinationIp.ToString();
            if ((a == src && b == dst) || (a == dst && b == src)) between.Add(flow);
        }
        if (between.Count == 0) return "no flow between the addresses";
        if (between.TrueForAll(f => f.Protocol != 6)) return "udp only (QUIC, RDP-UDP: out of scope)";
        TlsParser? closest = null;
        foreach (var flow in between)
        {
            if (flow.Applications.OfType<TlsParser>().FirstOrDefault() is not { } tls) continue;
            if (tls.ServerName == sni && (ja3 == null || tls.Ja3 == ja3)) return null;
            if (closest == null || (tls.Ja3 != null && closest.Ja3 == null)) closest = tls;
        }
        if (closest == null)
        {
            var other = between.Find(f => f.Applications.Count > 0)?.Applications[^1];
            return other != null ? $"flow classified as {other.Name}" : "TCP flow not classified (hello after the first payloads)";
        }
        if (closest.Ja3 == null) return "TLS flow without a readable ClientHello";
        return closest.Ja3 != ja3 ? "JA3 differs" : "SNI differs";
    }
}
