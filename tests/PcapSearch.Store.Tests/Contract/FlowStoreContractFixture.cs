using PcapSearch.Flows;
using PcapSearch.Flows.Engine;
using PcapSearch.Testing;

namespace PcapSearch.Store.Tests.Contract;

/// <summary>
/// One store of the backend holding the flows the real engine makes of a few corpus captures (four small ones and
/// Arkime's 222-flow synthetic capture: tcp, udp, icmp and more, 2007 to 2026), shared by a contract class's tests.
/// The flows go through the enrichment stage with the data set-up installed, as the worker's do: public addresses
/// among them (8.8.8.8, 1.1.1.1, IPv6 of AS 3257) get geo and as fields, MACs their vendors.
/// </summary>
public sealed class FlowStoreContractFixture<TBackend> : IDisposable where TBackend : FlowStoreBackend, new()
{
    public static readonly string[] Captures =
        ["arkime/dns-tcp.pcap", "arkime/http-simple-get.pcap", "arkime/https-connect.pcap", "arkime/v6-http.pcap", "arkime/arkime_synthetic.pcap"];

    private static readonly Dictionary<string, List<Flow>> FlowCache = [];

    public FlowStoreContractFixture()
    {
        Backend = new TBackend();
        SkipReason = Backend.SkipReason;
        if (SkipReason is not null) return;
        Store = OpenLoaded(TimeProvider.System);
    }

    public TBackend Backend { get; }

    /// <summary>Null when the backend runs here (then <see cref="Store"/> is open).</summary>
    public string? SkipReason { get; }

    public IFlowStore? Store { get; }

    public int FlowCount => Captures.Sum(c => FlowsOf(c).Count);

    /// <summary>A new store of the backend with every capture of <see cref="Captures"/> written.</summary>
    public IFlowStore OpenLoaded(TimeProvider clock)
    {
        var store = Backend.OpenEmpty(clock);
        foreach (var capture in Captures) store.UpsertFlows(Source(capture), FlowsOf(capture));
        return store;
    }

    public static CaptureSource Source(string capture) => new("id-" + Path.GetFileNameWithoutExtension(capture), Path.GetFileName(capture));

    /// <summary>The engine's flows of a corpus capture, enriched (read once per test run).</summary>
    public static List<Flow> FlowsOf(string capture)
    {
        lock (FlowCache)
        {
            if (!FlowCache.TryGetValue(capture, out var flows))
            {
                var sink = new Collect();
                CaptureEngine.Run(TestCorpus.PathOf(capture), new EngineOptions(), TestEnrichment.Enricher.Wrap(sink));
                FlowCache[capture] = flows = sink.Flows;
            }
            return flows;
        }
    }

    public void Dispose()
    {
        Store?.Dispose();
        Backend.Dispose();
    }

    private sealed class Collect : IFlowSink
    {
        public List<Flow> Flows { get; } = [];
        public void Write(Flow flow) => Flows.Add(flow);
    }
}
