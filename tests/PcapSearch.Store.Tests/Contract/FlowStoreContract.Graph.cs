namespace PcapSearch.Store.Tests.Contract;

/// <summary>Graphs: every edge and node total equals the sums over the hits it stands for.</summary>
public abstract partial class FlowStoreContract<TBackend>
{
    private static string? Node(FlowHit hit, GraphNodeKind kind, bool source)
    {
        string side = source ? "source" : "destination";
        if (kind == GraphNodeKind.Mac) return Get<string>(hit, side + ".mac");
        string? ip = Get<string>(hit, side + ".ip");
        if (ip is null || kind == GraphNodeKind.Ip || source || !hit.Fields.ContainsKey("destination.port")) return ip;
        return (ip.Contains(':') ? $"[{ip}]" : ip) + ":" + Long(hit, "destination.port");
    }

    /// <summary>The edges worked out from the hits: (source, destination) -> the hits between them.</summary>
    private static Dictionary<(string, string), List<FlowHit>> EdgesOf(IEnumerable<FlowHit> hits, GraphNodeKind kind) =>
        hits.Where(h => Node(h, kind, true) is not null && Node(h, kind, false) is not null)
            .GroupBy(h => (Node(h, kind, true)!, Node(h, kind, false)!))
            .ToDictionary(g => g.Key, g => g.ToList());

    private static void AssertEdgeSums(GraphEdge edge, List<FlowHit> hits)
    {
        Assert.Equal(hits.Count, edge.Flows);
        Assert.Equal(hits.Sum(h => Long(h, "network.bytes")), edge.Bytes);
        Assert.Equal(hits.Sum(h => Long(h, "network.packets")), edge.Packets);
        Assert.Equal(hits.SelectMany(h => Values(h, "network.transport")).Distinct().Order(StringComparer.Ordinal), edge.Transports.Order(StringComparer.Ordinal));
        Assert.Equal(hits.SelectMany(h => Values(h, "network.protocol")).Distinct().Order(StringComparer.Ordinal), edge.Protocols.Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [InlineData(GraphNodeKind.Ip, GraphWeight.Bytes, "")]
    [InlineData(GraphNodeKind.Mac, GraphWeight.Flows, "")]
    [InlineData(GraphNodeKind.IpPort, GraphWeight.Packets, "")]
    [InlineData(GraphNodeKind.Ip, GraphWeight.Flows, "network.transport:udp")]
    public void Every_edge_and_node_adds_up_the_hits_it_stands_for(GraphNodeKind kind, GraphWeight weight, string kql)
    {
        var hits = Matching(kql);
        var expected = EdgesOf(hits, kind);
        var graph = Store.Graph(new FlowQuery { Kql = kql }, new GraphRequest { Node = kind, Weight = weight, Top = GraphRequest.MaxTop });

        Assert.False(graph.Truncated);
        Assert.Equal(expected.Count, graph.Edges.Count);
        foreach (var edge in graph.Edges) AssertEdgeSums(edge, expected[(edge.Source, edge.Destination)]);
        long Weight(GraphEdge e) => weight switch { GraphWeight.Flows => e.Flows, GraphWeight.Packets => e.Packets, _ => e.Bytes };
        Assert.True(graph.Edges.Zip(graph.Edges.Skip(1)).All(p => Weight(p.First) >= Weight(p.Second)), "heaviest first");

        var nodes = graph.Edges.SelectMany(e => new[] { e.Source, e.Destination }).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(nodes, graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        foreach (var node in graph.Nodes)
        {
            var asSource = hits.Where(h => Node(h, kind, true) == node.Id && Node(h, kind, false) is not null).ToList();
            var asDestination = hits.Where(h => Node(h, kind, false) == node.Id && Node(h, kind, true) is not null && Node(h, kind, true) != node.Id).ToList();
            Assert.Equal(asSource.Count + asDestination.Count, node.Flows);
            Assert.Equal(asSource.Sum(h => Long(h, "source.bytes") + (Node(h, kind, false) == node.Id ? Long(h, "destination.bytes") : 0)) + asDestination.Sum(h => Long(h, "destination.bytes")), node.BytesSent);
            Assert.Equal(asSource.Sum(h => Long(h, "destination.bytes") + (Node(h, kind, false) == node.Id ? Long(h, "source.bytes") : 0)) + asDestination.Sum(h => Long(h, "source.bytes")), node.BytesReceived);
        }
        Assert.Empty(graph.Warnings);
    }

    [SkippableFact]
    public void Ip_port_nodes_end_at_the_destination_service()
    {
        var graph = Store.Graph(new FlowQuery { Kql = "network.transport:tcp and network.type:ipv6" }, new GraphRequest { Node = GraphNodeKind.IpPort });
        Assert.NotEmpty(graph.Edges);
        Assert.All(graph.Edges, e => Assert.Matches(@"^\[[0-9a-f:]+\]:\d+$", e.Destination));
        Assert.All(graph.Edges, e => Assert.DoesNotContain("]", e.Source));
    }

    [SkippableFact]
    public void Top_keeps_the_heaviest_edges_and_says_it_truncated()
    {
        var all = Store.Graph(new FlowQuery(), new GraphRequest { Weight = GraphWeight.Bytes, Top = GraphRequest.MaxTop });
        var top = Store.Graph(new FlowQuery(), new GraphRequest { Weight = GraphWeight.Bytes, Top = 5 });
        Assert.True(top.Truncated);
        Assert.Equal(5, top.Edges.Count);
        Assert.Equal(all.Edges.Take(5).Select(e => e.Bytes), top.Edges.Select(e => e.Bytes));
        Assert.False(Store.Graph(new FlowQuery(), new GraphRequest { Top = all.Edges.Count }).Truncated);
        Assert.True(Store.Graph(new FlowQuery(), new GraphRequest { Top = all.Edges.Count - 1 }).Truncated);
    }

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Expanding_a_node_walks_its_neighbourhood_hop_by_hop(int hops)
    {
        var edges = EdgesOf(All(), GraphNodeKind.Ip).Keys.ToList();
        // The busiest address: the one on the most edges.
        string start = edges.SelectMany(e => new[] { e.Item1, e.Item2 }).GroupBy(n => n).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var reached = new HashSet<string> { start };
        var frontier = new HashSet<string> { start };
        var expected = new HashSet<(string, string)>();
        for (int hop = 0; hop < hops; hop++)
        {
            var touching = edges.Where(e => frontier.Contains(e.Item1) || frontier.Contains(e.Item2)).ToList();
            expected.UnionWith(touching);
            frontier = touching.SelectMany(e => new[] { e.Item1, e.Item2 }).Where(reached.Add).ToHashSet();
        }

        var graph = Store.Graph(new FlowQuery(), new GraphRequest { Expand = [start], Hops = hops, Top = GraphRequest.MaxTop });
        Assert.False(graph.Truncated);
        Assert.Equal(expected.Order(), graph.Edges.Select(e => (e.Source, e.Destination)).Order());
        Assert.Contains(graph.Nodes, n => n.Id == start);

        var capped = Store.Graph(new FlowQuery(), new GraphRequest { Expand = [start], Hops = hops, Top = 1 });
        Assert.Single(capped.Edges);
        Assert.Equal(expected.Count > 1, capped.Truncated);
    }

    [SkippableFact]
    public void Expanding_a_node_no_edge_touches_warns()
    {
        var graph = Store.Graph(new FlowQuery(), new GraphRequest { Expand = ["192.0.2.254"] });
        Assert.Empty(graph.Edges);
        Assert.Contains(graph.Warnings, w => w.Contains("192.0.2.254", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData(0, 1)]
    [InlineData(GraphRequest.MaxTop + 1, 1)]
    [InlineData(10, 0)]
    [InlineData(10, GraphRequest.MaxHops + 1)]
    public void Bad_graph_requests_are_refused(int top, int hops)
    {
        Assert.Throws<FlowQueryException>(() => Store.Graph(new FlowQuery(), new GraphRequest { Top = top, Hops = hops, Expand = ["10.0.0.1"] }));
    }
}
