using DuckDB.NET.Data;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public FlowGraph Graph(FlowQuery query, GraphRequest request)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Top is < 1 or > GraphRequest.MaxTop) throw new FlowQueryException($"The graph's top must be between 1 and {GraphRequest.MaxTop}.");
        if (request.Hops is < 1 or > GraphRequest.MaxHops) throw new FlowQueryException($"The graph's hops must be between 1 and {GraphRequest.MaxHops}.");

        var context = new SqlContext(_catalog, _clock.GetUtcNow());
        string where = Where(context, query);
        var warnings = new List<string>(context.Warnings);
        using var connection = OpenReader();
        // Ip nodes over every flow: the edge summary; other questions the pair summary answers: the pairs; else the flows.
        // (A fold under way leaves the flows, the edge summary included: it is as far behind as the pairs.)
        var source = Fold(FlowSummary.For(query, where));
        var graph = new GraphSql(request, source, where, context.Parameters,
            edgeSummary: source == FlowSummary.Pairs && request.Node == GraphNodeKind.Ip && FlowSummary.OverEveryFlow(query, where));

        var (edges, nodes) = request.Expand is null
            ? graph.Edges(connection, [], [], request.Top + 1)
            : Neighbourhood(connection, graph, request, warnings);
        bool truncated = edges.Count > request.Top;
        if (truncated) edges.RemoveRange(request.Top, edges.Count - request.Top);

        var kept = edges.SelectMany(e => new[] { e.Source, e.Destination }).ToHashSet(StringComparer.Ordinal);
        var documents = nodes.Where(n => kept.Contains(n.Id)).DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        return new FlowGraph(documents, edges, truncated, warnings);
    }

    /// <summary>
    /// Breadth first from the requested nodes: each hop adds the edges touching the nodes the previous hop reached
    /// (and none reached before, whose edges are in already), heaviest first, until <see cref="GraphRequest.Top"/>.
    /// </summary>
    private static (List<GraphEdge> Edges, List<GraphNodeDocument> Nodes) Neighbourhood(DuckDBConnection connection, GraphSql graph, GraphRequest request, List<string> warnings)
    {
        var frontier = request.Expand!.Select(id => GraphSql.NormalizeNode(request.Node, id)).Distinct(StringComparer.Ordinal).ToList();
        var reached = new HashSet<string>(frontier, StringComparer.Ordinal);
        var earlier = new List<string>();
        var edges = new List<GraphEdge>();
        var nodes = new List<GraphNodeDocument>();
        for (int hop = 1; hop <= request.Hops && frontier.Count > 0 && edges.Count <= request.Top; hop++)
        {
            int limit = request.Top - edges.Count + 1;
            var (found, touched) = graph.Edges(connection, frontier, earlier, limit);
            if (hop == 1 && found.Count < limit)
            {
                foreach (var lonely in frontier.Where(n => !found.Any(e => e.Source == n || e.Destination == n)))
                {
                    warnings.Add($"No edge among the matching flows touches the node '{lonely}'.");
                }
            }
            edges.AddRange(found);
            nodes.AddRange(touched);
            earlier.AddRange(frontier);
            frontier = found.SelectMany(e => new[] { e.Source, e.Destination }).Where(reached.Add).ToList();
        }
        return (edges, nodes);
    }
}
