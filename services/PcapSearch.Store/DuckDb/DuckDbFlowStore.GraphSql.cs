using System.Globalization;
using DuckDB.NET.Data;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    /// <summary>
    /// The graph's one statement over the matching flows (read from the pair summary when it answers the query): group them by (source node, destination node) once, keep the
    /// heaviest edges, gather the transports and protocols of the kept edges only (a semi join back to the flows), and
    /// sum the totals of the kept edges' nodes from the grouped edges (all of them, so over every matching flow).
    /// Node lists travel as one newline-separated parameter, split in SQL, so their length never changes the statement.
    /// </summary>
    private sealed class GraphSql(GraphRequest request, FlowSummary source, string where, IReadOnlyList<object> whereParameters, bool edgeSummary)
    {
        private const string DestinationIp = "\"destination.ip#text\"";

        /// <summary>The edge's end as text: for ip+port the destination's service, <c>10.0.0.1:443</c> or <c>[2001:db8::1]:443</c>.</summary>
        private static (string Source, string Destination) NodeColumns(GraphNodeKind kind) => kind switch
        {
            GraphNodeKind.Mac => ("\"source.mac\"", "\"destination.mac\""),
            GraphNodeKind.IpPort => ("\"source.ip#text\"",
                $"CASE WHEN \"destination.port\" IS NULL THEN {DestinationIp} " +
                $"WHEN contains({DestinationIp}, ':') THEN '[' || {DestinationIp} || ']:' || \"destination.port\" " +
                $"ELSE {DestinationIp} || ':' || \"destination.port\" END"),
            _ => ("\"source.ip#text\"", DestinationIp),
        };

        /// <summary>A node id as the graph writes it: MAC addresses in the documents' spelling, whatever form was typed.</summary>
        public static string NormalizeNode(GraphNodeKind kind, string id) =>
            kind == GraphNodeKind.Mac && MacValue.TryNormalize(id, out string mac) ? mac : id.Trim();

        private string WeightColumn => request.Weight switch
        {
            GraphWeight.Flows => "flows",
            GraphWeight.Packets => "packets",
            _ => "bytes",
        };

        /// <summary>
        /// The heaviest <paramref name="limit"/> edges and the nodes they touch; with a frontier, only edges touching it
        /// and none of the <paramref name="earlier"/> nodes. Ties: more flows first, then source and destination in text order.
        /// </summary>
        public (List<GraphEdge> Edges, List<GraphNodeDocument> Nodes) Edges(DuckDBConnection connection, IReadOnlyList<string> frontier, IReadOnlyList<string> earlier, int limit)
        {
            var parameters = whereParameters.ToList();
            string Parameter(object value)
            {
                parameters.Add(value);
                return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            }
            string touching = "TRUE";
            if (frontier.Count > 0)
            {
                string f = Parameter(string.Join('\n', frontier)), b = Parameter(string.Join('\n', earlier));
                touching = $"(s IN (SELECT unnest(string_split({f}, chr(10)))) OR d IN (SELECT unnest(string_split({f}, chr(10))))) " +
                    $"AND s NOT IN (SELECT unnest(string_split({b}, chr(10)))) AND d NOT IN (SELECT unnest(string_split({b}, chr(10))))";
            }
            var (sourceNode, destinationNode) = NodeColumns(request.Node);
            string order = $"{WeightColumn} DESC, flows DESC, s, d";
            // From the edge summary the edges are grouped already (one row each) with their transports and protocols.
            string edgesSql = edgeSummary
                ? $"g AS MATERIALIZED (SELECT s, d, flows, coalesce(bytes, 0) AS bytes, coalesce(packets, 0) AS packets, coalesce(sent, 0) AS sent, " +
                  $"coalesce(received, 0) AS received, transports, protocols FROM {FlowSummary.EdgesTable} WHERE ({where})), " +
                  $"top AS MATERIALIZED (SELECT * FROM g WHERE {touching} ORDER BY {order} LIMIT {Parameter((long)limit)}), " +
                  "l AS (SELECT s, d, list_sort(transports) AS transports, list_sort(protocols) AS protocols FROM top), "
                : $"e AS (SELECT {sourceNode} AS s, {destinationNode} AS d, {source.Flows} AS flows, \"network.bytes\" AS bytes, \"network.packets\" AS packets, " +
                  "\"source.bytes\" AS sent, \"destination.bytes\" AS received, \"network.transport\" AS transport, \"network.protocol\" AS protocols " +
                  $"FROM {source.Table} WHERE ({where}) AND {sourceNode} IS NOT NULL AND {destinationNode} IS NOT NULL), " +
                  $"g AS MATERIALIZED (SELECT s, d, {source.FlowCount} AS flows, coalesce(sum(bytes), 0) AS bytes, coalesce(sum(packets), 0) AS packets, " +
                  "coalesce(sum(sent), 0) AS sent, coalesce(sum(received), 0) AS received FROM e GROUP BY s, d), " +
                  $"top AS MATERIALIZED (SELECT * FROM g WHERE {touching} ORDER BY {order} LIMIT {Parameter((long)limit)}), " +
                  "l AS (SELECT e.s, e.d, list_sort(list_distinct(list(e.transport))) AS transports, list_sort(list_distinct(flatten(list(e.protocols)))) AS protocols " +
                  // Each end alone first: two one-column probes drop most rows before the pair is matched (measured: a third less time).
                  "FROM e SEMI JOIN top ON e.s = top.s AND e.d = top.d WHERE e.s IN (SELECT s FROM top) AND e.d IN (SELECT d FROM top) GROUP BY e.s, e.d), ";
            string sql =
                "WITH " + edgesSql +
                "n AS (SELECT s AS node FROM top UNION SELECT d FROM top), " +
                // A node's totals: as the source it sent its side's bytes, as the destination the other side's; a flow from a node to itself counts once.
                "ends AS (SELECT s AS node, flows, sent + CASE WHEN s = d THEN received ELSE 0 END AS sent, received + CASE WHEN s = d THEN sent ELSE 0 END AS received " +
                "FROM g WHERE s IN (SELECT node FROM n) UNION ALL SELECT d, flows, received, sent FROM g WHERE d IN (SELECT node FROM n) AND d <> s) " +
                "SELECT 0 AS kind, top.s, top.d, top.flows, top.bytes, top.packets, l.transports, l.protocols FROM top JOIN l ON top.s = l.s AND top.d = l.d " +
                "UNION ALL SELECT 1, node, NULL, sum(flows), sum(sent), sum(received), NULL, NULL FROM ends GROUP BY node " +
                $"ORDER BY kind, {order}";

            var edges = new List<GraphEdge>();
            var nodes = new List<GraphNodeDocument>();
            using var command = Command(connection, sql, parameters);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (ToLong(reader.GetValue(0)) == 0)
                {
                    edges.Add(new GraphEdge(reader.GetString(1), reader.GetString(2), ToLong(reader.GetValue(3)), ToLong(reader.GetValue(4)), ToLong(reader.GetValue(5)),
                        Texts(reader.GetValue(6)), Texts(reader.GetValue(7))));
                }
                else
                {
                    nodes.Add(new GraphNodeDocument(reader.GetString(1), ToLong(reader.GetValue(3)), ToLong(reader.GetValue(4)), ToLong(reader.GetValue(5))));
                }
            }
            return (edges, nodes);
        }

        private static string[] Texts(object value) =>
            value is System.Collections.IEnumerable list ? list.Cast<object?>().OfType<string>().ToArray() : [];
    }
}
