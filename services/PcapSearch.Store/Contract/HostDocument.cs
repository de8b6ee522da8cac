using PcapSearch.Flows.Enrichment;

namespace PcapSearch.Store;

/// <summary>
/// What the captures say about one IP address, merged across captures: the ARCHITECTURE host document.
/// Times are ISO 8601 UTC; counts are frame bytes and packets as in the flow documents.
/// </summary>
/// <param name="Services">Ports this host answered on, as <c>tcp/443</c>, <c>udp/53</c>.</param>
/// <param name="Geo">Where the address is, as its flows' <c>*.geo.*</c> fields say (GeoIP); null for a private address or one the data lacks.</param>
/// <param name="As">The autonomous system announcing the address, as its flows' <c>*.as.*</c> fields say; null likewise.</param>
/// <param name="MacVendors">The maker of each of <paramref name="Macs"/> the IEEE registry names, by MAC.</param>
public sealed record HostDocument(
    string Ip,
    IReadOnlyList<string> Macs,
    IReadOnlyList<string> Names,
    string FirstSeen,
    string LastSeen,
    long Flows,
    long BytesSent,
    long BytesReceived,
    long PacketsSent,
    long PacketsReceived,
    long Peers,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Captures,
    GeoPlace? Geo,
    AutonomousSystem? As,
    IReadOnlyDictionary<string, string> MacVendors);

public enum HostOrder
{
    Bytes,
    Flows,
    Peers,
    LastSeen,
}

/// <summary>The hosts seen in the flows <see cref="FlowQuery"/> matches (its sort, cursor and fields are not used).</summary>
public sealed record HostQuery
{
    public FlowQuery Flows { get; init; } = new();

    public HostOrder Order { get; init; } = HostOrder.Bytes;

    public int Limit { get; init; } = 100;
}

public sealed record HostList(IReadOnlyList<HostDocument> Hosts, long Total, IReadOnlyList<string> Warnings);
