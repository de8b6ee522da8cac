using PcapSearch.Flows;
using PcapSearch.Flows.Engine;
using PcapSearch.Testing;

namespace PcapSearch.Enrichment.Tests;

/// <summary>The stage on real flows: a corpus capture through the engine and <see cref="FlowEnricher.Wrap"/>.</summary>
public sealed class EnrichmentStageTests
{
    /// <summary>A private network and its public resolver.</summary>
    private const string Synthetic = "arkime/arkime_synthetic.pcap";
    /// <summary>Two endpoints with globally assigned MACs of different makers.</summary>
    private const string TwoMakers = "zeek/dns-caa.pcap";

    [Fact]
    public void Private_addresses_are_not_looked_up_even_where_the_data_has_them()
    {
        using var files = new TemporaryFiles();
        // Ranges over the capture's private network and its public resolver alike.
        string asn = files.Write("asn.csv", "8.8.8.0,8.8.8.255,15169,Google LLC\n10.0.0.0,10.255.255.255,64512,Private Use\n");
        using var enricher = FlowEnricher.Open(new EnrichmentOptions { GeoIp = [], Asn = [asn], MacVendors = [], IndexDirectory = files.Directory });

        var flows = Run(Synthetic, enricher);

        var toResolver = flows.Where(f => f.DestinationIp.ToString() == "8.8.8.8").ToList();
        Assert.NotEmpty(toResolver);
        Assert.All(toResolver, f => Assert.Equal(15169, f.DestinationEnrichment?.As?.Number));
        Assert.Contains(flows, f => f.SourceIp.ToString().StartsWith("10.", StringComparison.Ordinal));
        Assert.All(flows.Where(f => f.SourceIp.ToString().StartsWith("10.", StringComparison.Ordinal)), f => Assert.Null(f.SourceEnrichment));
    }

    [Fact]
    public void Each_endpoint_gets_the_vendor_of_its_own_mac()
    {
        using var files = new TemporaryFiles();
        var flows = Run(TwoMakers, FlowEnricher.None);
        static bool Assignable(in FlowDirection d) => d.HasMac && (d.Mac >> 40 & 0x03) == 0;
        var first = flows.First(f => Assignable(f.Source) && Assignable(f.Destination) && f.Source.Mac >> 24 != f.Destination.Mac >> 24);
        string oui = files.Write("oui.csv", "Registry,Assignment,Organization Name,Organization Address\n"
            + $"MA-L,{first.Source.Mac >> 24:X6},Source Maker,\nMA-L,{first.Destination.Mac >> 24:X6},Destination Maker,\n");
        using var enricher = FlowEnricher.Open(new EnrichmentOptions { GeoIp = [], Asn = [], MacVendors = [oui] });

        var again = Run(TwoMakers, enricher).Single(f => f.FirstOffset == first.FirstOffset && f.Key.Equals(first.Key));

        Assert.Equal("Source Maker", again.SourceEnrichment?.MacVendor);
        Assert.Equal("Destination Maker", again.DestinationEnrichment?.MacVendor);
    }

    [Fact]
    public void The_memo_is_bounded_and_keeps_what_is_asked_again()
    {
        var cache = new BoundedCache<int, int>(capacity: 4);
        int created = 0;
        int Create(int key)
        {
            created++;
            return key * 10;
        }

        Assert.Equal(10, cache.GetOrAdd(1, Create));
        Assert.Equal(10, cache.GetOrAdd(1, Create));
        Assert.Equal(1, created);
        for (int key = 2; key <= 100; key++)
        {
            cache.GetOrAdd(key, Create);
            cache.GetOrAdd(1, Create);   // asked all along: never dropped
        }
        Assert.Equal(100, created);
        Assert.True(cache.Count <= 8, $"{cache.Count} entries");
        cache.GetOrAdd(2, Create);
        Assert.Equal(101, created);
    }

    private static List<Flow> Run(string capture, FlowEnricher enricher)
    {
        var collect = new Collect();
        CaptureEngine.Run(TestCorpus.PathOf(capture), new EngineOptions(), enricher.Wrap(collect));
        return collect.Flows;
    }

    private sealed class Collect : IFlowSink
    {
        public List<Flow> Flows { get; } = [];
        public void Write(Flow flow) => Flows.Add(flow);
    }
}
