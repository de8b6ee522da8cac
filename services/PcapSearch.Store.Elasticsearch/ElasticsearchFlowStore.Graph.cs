using System.Text.Json.Nodes;
using PcapSearch.Store.Elasticsearch.Dsl;
using PcapSearch.Store.Elasticsearch.Requests;

namespace PcapSearch.Store.Elasticsearch;

public sealed partial class ElasticsearchFlowStore
{
    /// <summary>The most distinct source-destination pairs a graph reads before it asks for a narrower query.</summary>
    public const int MaxGraphPairs = 1_000_000;

    public FlowGraph Graph(FlowQuery query, GraphRequest request)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Top is < 1 or > GraphRequest.MaxTop) throw new FlowQueryException($"Top must be between 1 and {GraphRequest.MaxTop}.");
        if (request.Hops is < 1 or > 3) throw new FlowQueryException("Hops must be between 1 and 3.");
        var filter = Filter(query);
        var edges = new Dictionary<(string, string), (GraphEdge Edge, long Sent, long Received)>();
        if (request.Expand is null)
        {
            Collect(filter.Query, request.Node, edges);
        }
        else
        {
            var frontier = request.Expand.ToHashSet(StringComparer.Ordinal);
            var reached = new HashSet<string>(frontier, StringComparer.Ordinal);
            for (int hop = 0; hop < request.Hops && frontier.Count > 0; hop++)
            {
                int before = edges.Count;
                Collect(Clauses.AllOf([filter.Query.DeepClone().AsObject(), GraphAggregation.Touching(request.Node, frontier)]), request.Node, edges);
                frontier = edges.Values.Skip(before).SelectMany(e => new[] { e.Edge.Source, e.Edge.Destination }).Where(reached.Add).ToHashSet(StringComparer.Ordinal);
            }
        }

        Func<GraphEdge, long> weight = request.Weight switch
        {
            GraphWeight.Flows => e => e.Flows,
            GraphWeight.Packets => e => e.Packets,
            _ => e => e.Bytes,
        };
        var top = edges.Values.Select(e => e.Edge)
            .OrderByDescending(weight).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Destination, StringComparer.Ordinal)
            .Take(request.Top).ToList();
        var touched = top.SelectMany(e => new[] { e.Source, e.Destination }).ToHashSet(StringComparer.Ordinal);
        var nodes = new Dictionary<string, (long Flows, long Sent, long Received)>(StringComparer.Ordinal);
        foreach (var (edge, sent, received) in edges.Values)
        {
            Add(edge.Source, edge.Flows, sent, received);
            if (edge.Destination != edge.Source) Add(edge.Destination, edge.Flows, received, sent);
        }
        var nodeList = nodes.Select(n => new GraphNodeDocument(n.Key, n.Value.Flows, n.Value.Sent, n.Value.Received)).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        return new FlowGraph(nodeList, top, edges.Count > request.Top, filter.Warnings);

        void Add(string id, long flows, long sent, long received)
        {
            if (!touched.Contains(id)) return;
            var n = nodes.GetValueOrDefault(id);
            nodes[id] = (n.Flows + flows, n.Sent + sent, n.Received + received);
        }
    }

    private void Collect(JsonObject filter, GraphNodeKind node, Dictionary<(string, string), (GraphEdge Edge, long Sent, long Received)> edges)
    {
        JsonObject? after = null;
        do
        {
            var (page, next) = GraphAggregation.Read(SearchFlows(GraphAggregation.Body(filter, node, after)), node);
            foreach (var e in page) edges.TryAdd((e.Edge.Source, e.Edge.Destination), e);
            if (edges.Count > MaxGraphPairs)
            {
                throw new FlowQueryException($"More than {MaxGraphPairs} source-destination pairs match: narrow the query or the time range.");
            }
            after = next;
        }
        while (after is not null);
    }
}
