using System.Globalization;
using DuckDB.NET.Data;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    /// <summary>
    /// The graph's two statements over the matching flows: the heaviest edges (GROUP BY source node, destination
    /// node; the transports and protocols gathered for the kept edges only) and the totals of given nodes. Node
    /// lists travel as one newline-separated parameter, split in SQL, so their length never changes the statement.
    /// </summary>
    private sealed class GraphSql(GraphRequest request, string where, IReadOnlyList<object> whereParameters)
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

        private string Matching()
        {
            var (source, destination) = NodeColumns(request.Node);
            return $"m AS (SELECT {source} AS s, {destination} AS d, \"network.bytes\" AS bytes, \"network.packets\" AS packets, " +
                "\"source.bytes\" AS sent, \"destination.bytes\" AS received, \"network.transport\" AS transport, \"network.protocol\" AS protocols " +
                $"FROM {FlowTable.Name} WHERE {where}), " +
                "e AS (SELECT * FROM m WHERE s IS NOT NULL AND d IS NOT NULL)";
        }

        private string WeightColumn => request.Weight switch
        {
            GraphWeight.Flows => "flows",
            GraphWeight.Packets => "packets",
            _ => "bytes",
        };

        /// <summary>
        /// The heaviest <paramref name="limit"/> edges; with a frontier, only edges touching it and none of the
        /// <paramref name="earlier"/> nodes. Ties: more flows first, then source and destination in text order.
        /// </summary>
        public List<GraphEdge> Edges(DuckDBConnection connection, IReadOnlyList<string> frontier, IReadOnlyList<string> earlier, int limit)
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
            string order = $"{WeightColumn} DESC, flows DESC, s, d";
            string sql = $"WITH {Matching()}, " +
                $"g AS (SELECT s, d, count(*) AS flows, coalesce(sum(bytes), 0) AS bytes, coalesce(sum(packets), 0) AS packets FROM e WHERE {touching} GROUP BY s, d), " +
                $"top AS MATERIALIZED (SELECT * FROM g ORDER BY {order} LIMIT {Parameter((long)limit)}), " +
                "l AS (SELECT e.s, e.d, list_sort(list_distinct(list(e.transport))) AS transports, list_sort(list_distinct(flatten(list(e.protocols)))) AS protocols " +
                "FROM e SEMI JOIN top ON e.s = top.s AND e.d = top.d GROUP BY e.s, e.d) " +
                $"SELECT top.s, top.d, top.flows, top.bytes, top.packets, l.transports, l.protocols FROM top JOIN l ON top.s = l.s AND top.d = l.d ORDER BY {order}";

            var edges = new List<GraphEdge>();
            using var command = Command(connection, sql, parameters);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                edges.Add(new GraphEdge(reader.GetString(0), reader.GetString(1), ToLong(reader.GetValue(2)), ToLong(reader.GetValue(3)), ToLong(reader.GetValue(4)),
                    Texts(reader.GetValue(5)), Texts(reader.GetValue(6))));
            }
            return edges;
        }

        /// <summary>
        /// Each node's flows and bytes among all matching flows (not only the kept edges): what it sent as the source
        /// plus what it answered as the destination, and the reverse for received. A flow from a node to itself counts once.
        /// </summary>
        public List<GraphNodeDocument> Nodes(DuckDBConnection connection, IReadOnlyList<string> ids)
        {
            if (ids.Count == 0) return [];
            var parameters = whereParameters.Append(string.Join('\n', ids)).ToList();
            string nodes = "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            string sql = $"WITH {Matching()}, n AS (SELECT unnest(string_split({nodes}, chr(10))) AS node), " +
                "ends AS (SELECT s AS node, coalesce(sent, 0) + CASE WHEN s = d THEN coalesce(received, 0) ELSE 0 END AS sent, " +
                "coalesce(received, 0) + CASE WHEN s = d THEN coalesce(sent, 0) ELSE 0 END AS received FROM e WHERE s IN (SELECT node FROM n) " +
                "UNION ALL SELECT d, coalesce(received, 0), coalesce(sent, 0) FROM e WHERE d IN (SELECT node FROM n) AND d <> s) " +
                "SELECT node, count(*), sum(sent), sum(received) FROM ends GROUP BY node ORDER BY node";
            var documents = new List<GraphNodeDocument>();
            using var command = Command(connection, sql, parameters);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                documents.Add(new GraphNodeDocument(reader.GetString(0), ToLong(reader.GetValue(1)), ToLong(reader.GetValue(2)), ToLong(reader.GetValue(3))));
            }
            return documents;
        }

        private static string[] Texts(object value) =>
            value is System.Collections.IEnumerable list ? list.Cast<object?>().OfType<string>().ToArray() : [];
    }
}
