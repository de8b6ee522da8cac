using System.Text;
using PcapSearch.Flows.Protocols.Http;
using PcapSearch.Flows.Tests.Protocols.Dns;
using Xunit.Abstractions;

namespace PcapSearch.Flows.Tests.Protocols.Http;

/// <summary>
/// Every HTTP request tshark 4.0 decodes in the corpus (http_requests of the *.tshark.json
/// references) must appear in some flow between the same two addresses: its host (url.domain, port
/// stripped), and separately the whole request: method, target (url.original) and user agent too.
/// docs/protocols-dns-http.md explains each kind of miss this prints.
/// </summary>
public class HttpTsharkAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void Requests_agree_with_tshark()
    {
        int rows = 0, hostRows = 0, hostsFound = 0, requestsFound = 0;
        var misses = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (capture, reference, flows) in DnsHttpCorpus.Captures("http_requests"))
        {
            var byPair = flows == null ? null : DnsHttpCorpus.ByAddresses(flows);
            foreach (var row in reference)
            {
                rows++;
                string src = DnsHttpCorpus.Text(row, "src")!, dst = DnsHttpCorpus.Text(row, "dst")!;
                string method = DnsHttpCorpus.Text(row, "method") ?? "";
                string uri = DnsHttpCorpus.Text(row, "uri") ?? "";
                string? host = DnsHttpCorpus.Text(row, "host");
                string? agent = DnsHttpCorpus.Text(row, "user_agent");
                string? domain = host == null ? null : Encoding.UTF8.GetString(HostWithoutPort(host));
                if (domain != null) hostRows++;
                string what = $"{capture} frame {row.GetProperty("frame")}: {src} -> {dst} {method} {host} {uri}";
                if (byPair == null)
                {
                    DnsTsharkAgreementTests.Miss(misses, "capture refused", what);
                    continue;
                }
                var between = byPair[DnsHttpCorpus.Pair(src, dst)].ToList();
                var parsers = between.SelectMany(f => f.Applications).OfType<HttpParser>().ToList();
                bool hostFound = domain != null && parsers.Any(p => p.Domains?.Contains(domain) == true);
                bool requestFound = parsers.Any(p =>
                    p.Methods?.Contains(method) == true && (uri.Length == 0 || p.Targets?.Contains(uri) == true)
                    && (domain == null || p.Domains?.Contains(domain) == true)
                    && (agent == null || p.UserAgents?.Contains(agent) == true));
                if (hostFound) hostsFound++;
                if (requestFound) requestsFound++;
                if (requestFound) continue;
                if (between.Count == 0) DnsTsharkAgreementTests.Miss(misses, "no flow between the addresses", what);
                else if (parsers.Count == 0) DnsTsharkAgreementTests.Miss(misses, "flow not classified as HTTP: " + DnsTsharkAgreementTests.Describe(between), what);
                else if (parsers.All(p => p.Requests >= HttpParser.MaxTransactions)) DnsTsharkAgreementTests.Miss(misses, "past the transaction cap", what);
                else DnsTsharkAgreementTests.Miss(misses, (hostFound || domain == null ? "" : "host missing; ") + "request differs: ours "
                    + string.Join(" | ", parsers.SelectMany(p => p.Targets ?? []).Take(3)), what);
            }
        }
        double hostRecall = 100.0 * hostsFound / Math.Max(1, hostRows);
        double requestRecall = 100.0 * requestsFound / Math.Max(1, rows);
        var report = new StringBuilder($"HTTP hosts: {hostsFound} of {hostRows} tshark rows with a Host found ({hostRecall:F2}%); whole requests: {requestsFound} of {rows} ({requestRecall:F2}%)\n");
        foreach (var (reason, items) in misses.OrderByDescending(m => m.Value.Count))
        {
            report.AppendLine($"  {reason}: {items.Count}");
            foreach (var item in items.Take(10)) report.AppendLine("    " + item);
        }
        output.WriteLine(report.ToString());
        Assert.True(hostRecall >= MinimumHostRecall, report.ToString());
        Assert.True(requestRecall >= MinimumRequestRecall, report.ToString());
    }

    /// <summary>Measured: see docs/protocols-dns-http.md.</summary>
    private const double MinimumHostRecall = 98.0;
    private const double MinimumRequestRecall = 98.0;

    private static ReadOnlySpan<byte> HostWithoutPort(string host) =>
        PcapSearch.Flows.Protocols.Http.HttpSyntax.HostWithoutPort(Encoding.UTF8.GetBytes(host));
}
