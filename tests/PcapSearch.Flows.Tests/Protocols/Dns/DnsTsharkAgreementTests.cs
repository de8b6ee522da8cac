using System.Text;
using PcapSearch.Flows.Protocols.Dns;
using Xunit.Abstractions;

namespace PcapSearch.Flows.Tests.Protocols.Dns;

/// <summary>
/// Every DNS query name tshark 4.0 decodes in the corpus (dns_queries of the *.tshark.json
/// references) must be a dns.question.name of some flow between the same two addresses.
/// docs/protocols-dns-http.md explains each kind of miss this prints.
/// </summary>
public class DnsTsharkAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void Query_names_agree_with_tshark()
    {
        int rows = 0, found = 0;
        var misses = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (capture, reference, flows) in DnsHttpCorpus.Captures("dns_queries"))
        {
            var byPair = flows == null ? null : DnsHttpCorpus.ByAddresses(flows);
            foreach (var row in reference)
            {
                rows++;
                string name = DnsHttpCorpus.Text(row, "name") ?? "";
                string src = DnsHttpCorpus.Text(row, "src")!, dst = DnsHttpCorpus.Text(row, "dst")!;
                string what = $"{capture} frame {row.GetProperty("frame")}: {src} -> {dst} {name}";
                if (byPair == null)
                {
                    Miss(misses, "capture refused", what);
                    continue;
                }
                // tshark names the root "<Root>"; we write it as in zone files, ".".
                string want = name == "<Root>" ? "." : name;
                var between = byPair[DnsHttpCorpus.Pair(src, dst)].ToList();
                var parsers = between.SelectMany(f => f.Applications).OfType<DnsParser>().ToList();
                if (parsers.Any(p => p.QuestionNames?.Contains(want) == true))
                {
                    found++;
                }
                else if (between.Count == 0) Miss(misses, "no flow between the addresses", what);
                else if (name.StartsWith('<')) Miss(misses, "tshark shows a malformed name: " + name, what);
                else if (parsers.Count == 0) Miss(misses, "flow not classified as DNS: " + Describe(between), what);
                else Miss(misses, "name differs: ours " + string.Join(" | ", parsers.SelectMany(p => p.QuestionNames ?? []).Take(3)), what);
            }
        }
        double recall = 100.0 * found / Math.Max(1, rows);
        var report = new StringBuilder($"DNS query names: {found} of {rows} tshark rows found ({recall:F2}%)\n");
        foreach (var (reason, items) in misses.OrderByDescending(m => m.Value.Count))
        {
            report.AppendLine($"  {reason}: {items.Count}");
            foreach (var item in items.Take(10)) report.AppendLine("    " + item);
        }
        output.WriteLine(report.ToString());
        Assert.True(recall >= MinimumRecall, report.ToString());
    }

    /// <summary>Measured: see docs/protocols-dns-http.md.</summary>
    private const double MinimumRecall = 96.3;

    internal static string Describe(List<Flow> flows) =>
        string.Join(", ", flows.Take(3).Select(f => $"{Documents.EcsValues.Transport(f.Protocol)} {f.SourcePort}->{f.DestinationPort} {(f.Applications.Count == 0 ? "none" : string.Join("+", f.Applications.Select(a => a.Name)))}"));

    internal static void Miss(SortedDictionary<string, List<string>> misses, string reason, string what)
    {
        if (!misses.TryGetValue(reason, out var list)) misses[reason] = list = new();
        list.Add(what);
    }
}
