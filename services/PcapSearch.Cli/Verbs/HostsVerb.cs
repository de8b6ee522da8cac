using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PcapSearch.Store;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch hosts [KQL]`: the hosts (one per IP address) of the matching flows, largest first, as a table or
/// NDJSON; `pcapsearch hosts --ip ADDRESS [KQL]`: one host document, exit 3 when no flow in scope has the address.
/// </summary>
public static class HostsVerb
{
    private static readonly Dictionary<string, HostOrder> Orders = new(StringComparer.Ordinal)
    {
        ["bytes"] = HostOrder.Bytes,
        ["flows"] = HostOrder.Flows,
        ["peers"] = HostOrder.Peers,
        ["last-seen"] = HostOrder.LastSeen,
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var query = new QueryArguments();
        var ip = new Option<string?>("--ip") { Description = "Show the host document of this address (IPv4 or IPv6) over the flows the query and time range allow." };
        var order = new Option<string>("--order") { Description = "Largest first by: bytes (sent + received), flows, peers (distinct addresses talked to) or last-seen.", DefaultValueFactory = _ => "bytes" };
        order.AcceptOnlyFromAmong([.. Orders.Keys]);
        var limit = new Option<int>("--limit") { Description = $"Most hosts to print; 0 prints up to {FlowQuery.MaxLimit}.", DefaultValueFactory = _ => 20 };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "ndjson");
        var command = new Command("hosts", "The hosts seen in the stored flows: addresses, MACs, names, traffic, peers, services.") { ip, order, limit, format };
        query.AddTo(command);
        command.SetAction(parse =>
        {
            var scope = query.Query(parse);
            string output = parse.GetValue(format)!;
            return query.Answer(parse, "hosts", store => parse.GetValue(ip) is { } address
                ? One(store, address, scope, output)
                : List(store, new HostQuery { Flows = scope, Order = Orders[parse.GetValue(order)!], Limit = LimitOf(parse.GetValue(limit)) }, output));
        });
        return command;
    }

    /// <summary>0 is every host the store lists in one answer; a negative or too large limit is the store's to refuse.</summary>
    private static int LimitOf(int limit) => limit == 0 ? FlowQuery.MaxLimit : limit;

    private static int One(IFlowStore store, string address, FlowQuery scope, string format)
    {
        var host = store.Host(address, scope);
        if (host is null)
        {
            Console.Error.WriteLine($"pcapsearch hosts: no stored flow{(IsScoped(scope) ? " in the query's scope" : "")} has the address {address}.");
            return ExitCodes.NotFound;
        }
        if (format == "ndjson")
        {
            Console.WriteLine(JsonSerializer.Serialize(host, Json));
            return ExitCodes.Ok;
        }
        foreach (var (label, value) in Describe(host)) Console.WriteLine($"{label,-17}{value}");
        return ExitCodes.Ok;
    }

    private static int List(IFlowStore store, HostQuery query, string format)
    {
        var hosts = store.Hosts(query);
        foreach (var warning in hosts.Warnings) Console.Error.WriteLine($"warning: {warning}");
        if (format == "table") Console.WriteLine(string.Join('\t', "ip", "flows", "bytes_sent", "bytes_received", "peers", "last_seen", "services", "names"));
        foreach (var host in hosts.Hosts)
        {
            Console.WriteLine(format == "ndjson"
                ? JsonSerializer.Serialize(host, Json)
                : string.Join('\t', host.Ip, host.Flows, host.BytesSent, host.BytesReceived, host.Peers, host.LastSeen, string.Join(',', host.Services), string.Join(',', host.Names)));
        }
        if (hosts.Hosts.Count < hosts.Total) Console.Error.WriteLine($"{hosts.Hosts.Count} of {hosts.Total} hosts shown (--limit).");
        return ExitCodes.Ok;
    }

    private static IEnumerable<(string Label, string Value)> Describe(HostDocument host) =>
    [
        ("ip", host.Ip),
        ("macs", string.Join(", ", host.Macs.Select(mac => host.MacVendors.TryGetValue(mac, out var vendor) ? $"{mac} ({vendor})" : mac))),
        ("place", Place(host.Geo)),
        ("as", host.As is { } system ? $"AS{system.Number} {system.OrganizationName}".TrimEnd() : ""),
        ("names", string.Join(", ", host.Names)),
        ("first seen", host.FirstSeen),
        ("last seen", host.LastSeen),
        ("flows", host.Flows.ToString(CultureInfo.InvariantCulture)),
        ("bytes sent", host.BytesSent.ToString(CultureInfo.InvariantCulture)),
        ("bytes received", host.BytesReceived.ToString(CultureInfo.InvariantCulture)),
        ("packets sent", host.PacketsSent.ToString(CultureInfo.InvariantCulture)),
        ("packets received", host.PacketsReceived.ToString(CultureInfo.InvariantCulture)),
        ("peers", host.Peers.ToString(CultureInfo.InvariantCulture)),
        ("services", string.Join(", ", host.Services)),
        ("captures", string.Join(", ", host.Captures)),
    ];

    /// <summary>City, region, country (name or code), then the coordinates: whichever the data has.</summary>
    private static string Place(Flows.Enrichment.GeoPlace? geo) =>
        geo is null
            ? ""
            : string.Join(", ", new[] { geo.CityName, geo.RegionName, geo.CountryName ?? geo.CountryIsoCode, geo.Location?.ToString() }.OfType<string>());

    private static bool IsScoped(FlowQuery scope) => scope.Kql.Length > 0 || scope.From is not null || scope.To is not null;
}
