using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store.Elasticsearch.Dsl;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>
/// Graph edges as a <c>composite</c> aggregation over the source and destination node keys (ip, mac, or ip and
/// port; a missing port is its own bucket), paged by <c>after_key</c>, with <c>sum</c> sub-aggregations for bytes and
/// packets (and each side's bytes, for the nodes) and <c>terms</c> for the transports and protocols on the edge.
/// </summary>
public static class GraphAggregation
{
    public const int PageSize = 1000;

    public static JsonObject Body(JsonObject filter, GraphNodeKind node, JsonObject? afterKey)
    {
        var sources = new JsonArray();
        foreach (var (name, field) in KeyFields(node))
        {
            var terms = new JsonObject { ["field"] = field };
            if (field.EndsWith(".port", StringComparison.Ordinal)) terms["missing_bucket"] = true;
            sources.Add(new JsonObject { [name] = new JsonObject { ["terms"] = terms } });
        }
        var composite = new JsonObject { ["size"] = PageSize, ["sources"] = sources };
        if (afterKey is not null) composite["after"] = afterKey;
        var edges = new JsonObject
        {
            ["composite"] = composite,
            ["aggs"] = new JsonObject
            {
                ["bytes"] = Sum("network.bytes"),
                ["packets"] = Sum("network.packets"),
                ["sent"] = Sum("source.bytes"),
                ["received"] = Sum("destination.bytes"),
                ["transports"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = "network.transport", ["size"] = 10 } },
                ["protocols"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = "network.protocol", ["size"] = 20 } },
            },
        };
        return new JsonObject { ["query"] = filter.DeepClone(), ["size"] = 0, ["track_total_hits"] = false, ["aggs"] = new JsonObject { ["edges"] = edges } };
    }

    /// <summary>One page's edges (with each side's bytes) and the key to continue after, null on the last page.</summary>
    public static (List<(GraphEdge Edge, long Sent, long Received)> Edges, JsonObject? After) Read(JsonElement answer, GraphNodeKind node)
    {
        var edges = new List<(GraphEdge, long, long)>();
        if (!answer.TryGetProperty("aggregations", out var aggregations)) return (edges, null);
        var composite = aggregations.GetProperty("edges");
        foreach (var bucket in composite.GetProperty("buckets").EnumerateArray())
        {
            var key = bucket.GetProperty("key");
            string source = NodeId(node, key, "s"), destination = NodeId(node, key, "d");
            var edge = new GraphEdge(source, destination, bucket.GetProperty("doc_count").GetInt64(),
                AggregationValues.Sum(bucket, "bytes"), AggregationValues.Sum(bucket, "packets"),
                Keys(bucket.GetProperty("transports")), Keys(bucket.GetProperty("protocols")));
            edges.Add((edge, AggregationValues.Sum(bucket, "sent"), AggregationValues.Sum(bucket, "received")));
        }
        JsonObject? after = composite.TryGetProperty("after_key", out var a) && composite.GetProperty("buckets").GetArrayLength() > 0
            ? JsonNode.Parse(a.GetRawText())!.AsObject()
            : null;
        return (edges, after);
    }

    /// <summary>The flows touching any of the nodes, on either side.</summary>
    public static JsonObject Touching(GraphNodeKind node, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        var clauses = new List<JsonObject>();
        foreach (string side in new[] { "source", "destination" })
        {
            switch (node)
            {
                case GraphNodeKind.Ip:
                    clauses.Add(Clauses.Terms(side + ".ip", list.Where(id => IpValue.TryParse(id, out _))));
                    break;
                case GraphNodeKind.Mac:
                    clauses.Add(Clauses.Terms(side + ".mac", list.Select(id => MacValue.TryNormalize(id, out var mac) ? mac : id)));
                    break;
                default:
                    foreach (string id in list)
                    {
                        var (ip, port) = SplitIpPort(id);
                        if (!IpValue.TryParse(ip, out _)) continue;
                        var ipClause = Clauses.Term(side + ".ip", ip);
                        clauses.Add(port is { } p ? Clauses.AllOf([ipClause, Clauses.Term(side + ".port", p)]) : Clauses.AllOf([ipClause, Clauses.Not(Clauses.Exists(side + ".port"))]));
                    }
                    break;
            }
        }
        return Clauses.AnyOf(clauses);
    }

    private static IEnumerable<(string Name, string Field)> KeyFields(GraphNodeKind node) => node switch
    {
        GraphNodeKind.Mac => [("s", "source.mac"), ("d", "destination.mac")],
        GraphNodeKind.IpPort => [("s", "source.ip"), ("sp", "source.port"), ("d", "destination.ip"), ("dp", "destination.port")],
        _ => [("s", "source.ip"), ("d", "destination.ip")],
    };

    private static string NodeId(GraphNodeKind node, JsonElement key, string side)
    {
        string address = key.GetProperty(side).GetString()!;
        if (node != GraphNodeKind.IpPort) return address;
        var port = key.GetProperty(side + "p");
        if (port.ValueKind == JsonValueKind.Null) return address;
        string number = port.GetInt64().ToString(CultureInfo.InvariantCulture);
        return address.Contains(':') ? $"[{address}]:{number}" : $"{address}:{number}";
    }

    /// <summary><c>10.0.0.1:443</c>, <c>[2001:db8::1]:443</c>, or an address alone (no port).</summary>
    public static (string Ip, long? Port) SplitIpPort(string id)
    {
        if (id.StartsWith('[') && id.IndexOf("]:", StringComparison.Ordinal) is int close and > 0)
        {
            return (id[1..close], long.TryParse(id[(close + 2)..], NumberStyles.None, CultureInfo.InvariantCulture, out long p6) ? p6 : null);
        }
        int colon = id.LastIndexOf(':');
        if (colon > 0 && id.IndexOf(':') == colon && long.TryParse(id[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out long p4))
        {
            return (id[..colon], p4);
        }
        return (id, null);
    }

    private static JsonObject Sum(string field) => new() { ["sum"] = new JsonObject { ["field"] = field } };

    private static List<string> Keys(JsonElement terms) =>
        terms.GetProperty("buckets").EnumerateArray().Select(b => b.GetProperty("key").GetString()!).Order(StringComparer.Ordinal).ToList();
}
