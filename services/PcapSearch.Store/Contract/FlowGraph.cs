namespace PcapSearch.Store;

/// <summary>What a graph node stands for: an IP address (layer 3), a MAC address (layer 2), or an address and port (layer 4).</summary>
public enum GraphNodeKind
{
    Ip,
    Mac,
    /// <summary>
    /// The source's address to the destination's address and port, the service (Arkime's connections view): the
    /// client's ephemeral port is left out, or every connection would be a node of its own. A flow without ports
    /// (ICMP) ends at the destination's address alone.
    /// </summary>
    IpPort,
}

/// <summary>What ranks and sizes the edges.</summary>
public enum GraphWeight
{
    Flows,
    Bytes,
    Packets,
}

/// <summary>Source-to-destination edges aggregated by the node field, the top <see cref="Top"/> by weight.</summary>
public sealed record GraphRequest
{
    public GraphNodeKind Node { get; init; } = GraphNodeKind.Ip;

    public GraphWeight Weight { get; init; } = GraphWeight.Bytes;

    /// <summary>The most the answer holds, 1 to <see cref="MaxTop"/>.</summary>
    public int Top { get; init; } = 500;

    /// <summary>
    /// Null: the top edges among all matching flows. Otherwise the edges touching these nodes (as
    /// <see cref="GraphNodeDocument.Id"/> writes them), then, for each further hop, the edges touching the
    /// nodes that step reached: the neighbourhood an analyst expands by clicking a node.
    /// </summary>
    public IReadOnlyList<string>? Expand { get; init; }

    /// <summary>How many steps <see cref="Expand"/> takes, 1 to <see cref="MaxHops"/>.</summary>
    public int Hops { get; init; } = 1;

    public const int MaxTop = 10_000;

    public const int MaxHops = 3;
}

/// <param name="Id">The node's value: <c>10.0.0.1</c>, <c>00-11-22-33-44-55</c> (the documents' spelling), or <c>10.0.0.1:443</c> / <c>[2001:db8::1]:443</c>.</param>
/// <param name="Flows">Matching flows the node took part in (all of them, not only those of the returned edges).</param>
/// <param name="BytesSent">Its <c>source.bytes</c> where it initiated plus its <c>destination.bytes</c> where it answered.</param>
public sealed record GraphNodeDocument(string Id, long Flows, long BytesSent, long BytesReceived);

/// <param name="Transports">The <c>network.transport</c> values of the edge's flows (tcp, udp, ...).</param>
/// <param name="Protocols">The <c>network.protocol</c> values of the edge's flows (dns, http, tls, ...).</param>
public sealed record GraphEdge(string Source, string Destination, long Flows, long Bytes, long Packets,
    IReadOnlyList<string> Transports, IReadOnlyList<string> Protocols);

/// <param name="Nodes">Every node an edge touches.</param>
/// <param name="Truncated">True when more edges matched than <see cref="GraphRequest.Top"/>.</param>
public sealed record FlowGraph(IReadOnlyList<GraphNodeDocument> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated, IReadOnlyList<string> Warnings);
