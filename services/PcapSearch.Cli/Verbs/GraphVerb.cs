using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch graph [KQL]`: who talked to whom among the matching flows, the heaviest source-to-destination
/// edges with their nodes, as JSON or Graphviz dot (`| dot -Tsvg`). `--expand NODE` walks the neighbourhood
/// of the given nodes instead, `--hops` steps far.
/// </summary>
public static class GraphVerb
{
    private static readonly Dictionary<string, GraphNodeKind> Kinds = new()
    {
        ["ip"] = GraphNodeKind.Ip,
        ["mac"] = GraphNodeKind.Mac,
        ["ip-port"] = GraphNodeKind.IpPort,
    };

    private static readonly Dictionary<string, GraphWeight> Weights = new()
    {
        ["flows"] = GraphWeight.Flows,
        ["bytes"] = GraphWeight.Bytes,
        ["packets"] = GraphWeight.Packets,
    };

    public static Command Create()
    {
        var query = new QueryArguments();
        var node = new Option<string>("--node") { Description = "What a node is: ip (layer 3), mac (layer 2), ip-port (source address to destination service).", DefaultValueFactory = _ => "ip" };
        node.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var weight = new Option<string>("--weight") { Description = "What ranks and sizes the edges.", DefaultValueFactory = _ => "bytes" };
        weight.AcceptOnlyFromAmong([.. Weights.Keys]);
        var top = new Option<int>("--top") { Description = $"Most edges to show (1 to {GraphRequest.MaxTop}).", DefaultValueFactory = _ => 500 };
        var expand = new Option<string[]>("--expand") { Description = "Only the neighbourhood of this node (repeatable), as the graph names it: 10.0.0.1, 00:11:22:33:44:55, 10.0.0.1:443." };
        var hops = new Option<int>("--hops") { Description = $"How many steps --expand walks (1 to {GraphRequest.MaxHops}).", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "json (one document) or dot (Graphviz).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "dot");
        var command = new Command("graph", "Who talked to whom: weighted source-to-destination edges among the stored flows.") { node, weight, top, expand, hops, format };
        query.AddTo(command);
        command.SetAction(parse =>
        {
            var request = new GraphRequest
            {
                Node = Kinds[parse.GetValue(node)!],
                Weight = Weights[parse.GetValue(weight)!],
                Top = parse.GetValue(top),
                Expand = parse.GetValue(expand) is { Length: > 0 } nodes ? nodes : null,
                Hops = parse.GetValue(hops),
            };
            return query.Answer(parse, "graph", store =>
            {
                var graph = store.Graph(query.Query(parse), request);
                foreach (var warning in graph.Warnings) Console.Error.WriteLine($"warning: {warning}");
                if (graph.Truncated) Console.Error.WriteLine($"note: more edges matched; these are the heaviest {request.Top} (--top).");
                Console.Out.Write(parse.GetValue(format) == "dot" ? Dot(graph, request.Weight) : Json(graph) + "\n");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Json(FlowGraph graph) =>
        JsonSerializer.Serialize(new { graph.Nodes, graph.Edges, graph.Truncated }, JsonOptions);

    /// <summary>Graphviz: one node per address with its flows, edges labelled with weight and protocols, thicker when heavier.</summary>
    public static string Dot(FlowGraph graph, GraphWeight weight)
    {
        static long Of(GraphEdge e, GraphWeight w) => w switch { GraphWeight.Flows => e.Flows, GraphWeight.Packets => e.Packets, _ => e.Bytes };
        long heaviest = Math.Max(1, graph.Edges.Select(e => Of(e, weight)).DefaultIfEmpty(0).Max());
        var dot = new StringBuilder("digraph flows {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n");
        foreach (var node in graph.Nodes)
        {
            dot.Append(CultureInfo.InvariantCulture, $"  {Quote(node.Id)} [label={Quote($"{node.Id}\n{node.Flows} flow{(node.Flows == 1 ? "" : "s")}, {node.BytesSent} B out, {node.BytesReceived} B in")}];\n");
        }
        foreach (var edge in graph.Edges)
        {
            string what = string.Join(' ', edge.Protocols.Count > 0 ? edge.Protocols : edge.Transports);
            string label = $"{Of(edge, weight)} {weight.ToString().ToLowerInvariant()}" + (what.Length > 0 ? " " + what : "");
            double width = 1 + 4.0 * Of(edge, weight) / heaviest;
            dot.Append(CultureInfo.InvariantCulture, $"  {Quote(edge.Source)} -> {Quote(edge.Destination)} [label={Quote(label)}, penwidth={width:0.##}];\n");
        }
        return dot.Append("}\n").ToString();
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
