using PcapSearch.Decoding;
using PcapSearch.Flows;
using PcapSearch.Flows.Enrichment;

namespace PcapSearch.Enrichment;

/// <summary>
/// Attaches <see cref="EndpointEnrichment"/> to both endpoints of each flow, then passes the flow on. Endpoints are
/// memoised (address and MAC) in a bounded cache: flows repeat their endpoints a lot. One per capture and thread.
/// </summary>
internal sealed class EnrichingFlowSink(FlowEnricher enricher, IFlowSink inner, int cacheEntries) : IFlowSink, IDisposable
{
    /// <summary>The MAC of an endpoint whose frames carried none (MACs have 48 bits).</summary>
    private const ulong NoMac = ulong.MaxValue;

    private readonly BoundedCache<(IpAddress Address, ulong Mac), EndpointEnrichment?> _cache = new(Math.Max(cacheEntries, 1));
    // One delegate for every lookup: a lambda that reads the enricher would be a new delegate per call.
    private readonly Func<(IpAddress Address, ulong Mac), EndpointEnrichment?> _lookUp =
        key => enricher.Enrich(key.Address, key.Mac != NoMac, key.Mac);

    public void Write(Flow flow)
    {
        flow.Enrich(Endpoint(flow.SourceIp, flow.Source), Endpoint(flow.DestinationIp, flow.Destination));
        inner.Write(flow);
    }

    private EndpointEnrichment? Endpoint(IpAddress address, in FlowDirection sent) =>
        _cache.GetOrAdd((address, sent.HasMac ? sent.Mac : NoMac), _lookUp);

    public void Flush() => inner.Flush();

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
