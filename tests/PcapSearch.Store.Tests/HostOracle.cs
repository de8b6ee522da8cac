using System.Globalization;
using System.Net;
using PcapSearch.Flows.Enrichment;

namespace PcapSearch.Store.Tests;

/// <summary>
/// Host documents worked out in plain C# from the flow hits a store returns (Search), the independent check of
/// any backend's <see cref="IFlowStore.Host"/>: the rules of docs/store.md "Hosts", written a second time.
/// </summary>
public static class HostOracle
{
    /// <summary>Every flow the query matches, all fields, page by page.</summary>
    public static List<FlowHit> AllHits(IFlowStore store, FlowQuery query)
    {
        var hits = new List<FlowHit>();
        var page = query with { Limit = FlowQuery.MaxLimit, Fields = null };
        while (true)
        {
            var result = store.Search(page);
            hits.AddRange(result.Hits);
            if (result.NextCursor is null) return hits;
            page = page with { After = result.NextCursor };
        }
    }

    public static IEnumerable<string> Addresses(IEnumerable<FlowHit> hits) =>
        hits.SelectMany(h => new[] { Text(h, "source.ip"), Text(h, "destination.ip") }).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The host document of <paramref name="ip"/> over <paramref name="hits"/>; null when no hit has it on either side.</summary>
    public static HostDocument? Host(string ip, IReadOnlyList<FlowHit> hits)
    {
        var address = IPAddress.Parse(ip);
        bool Is(FlowHit hit, string field) => Text(hit, field) is { } text && IPAddress.Parse(text).Equals(address);
        var asSource = hits.Where(h => Is(h, "source.ip")).ToList();
        var asDestination = hits.Where(h => Is(h, "destination.ip")).ToList();
        var flows = asSource.Union(asDestination).ToList();
        if (flows.Count == 0) return null;

        var names = asDestination.SelectMany(h => Texts(h, "url.domain").Append(Text(h, "tls.client.server_name")))
            .Concat(hits.Where(h => Texts(h, "dns.resolved_ip").Any(r => IPAddress.Parse(r).Equals(address)))
                .SelectMany(h => Texts(h, "dns.question.name").Concat(Texts(h, "dns.answers.name"))))
            .OfType<string>()
            .Where(n => !n.EndsWith(".arpa", StringComparison.OrdinalIgnoreCase));
        var services = asDestination
            .Where(h => h.Fields.ContainsKey("destination.port") && Number(h, "destination.packets") > 0
                && (Text(h, "network.transport") != "tcp" || Texts(h, "pcap.tcp_flags.destination").Contains("SYN")))
            .Select(h => (Transport: Text(h, "network.transport")!, Port: Number(h, "destination.port")))
            .Distinct().OrderBy(s => s.Transport, StringComparer.Ordinal).ThenBy(s => s.Port)
            .Select(s => $"{s.Transport}/{s.Port}");
        var sides = asSource.Select(h => (Hit: h, Side: "source")).Concat(asDestination.Select(h => (Hit: h, Side: "destination"))).ToList();
        var placed = sides.FirstOrDefault(s => s.Hit.Fields.ContainsKey(s.Side + ".geo.country_iso_code") || s.Hit.Fields.ContainsKey(s.Side + ".geo.location"));
        var announced = sides.FirstOrDefault(s => s.Hit.Fields.ContainsKey(s.Side + ".as.number"));
        var stamps = flows.Select(h => Text(h, "@timestamp")!).ToList();
        var ends = flows.Select(h => Text(h, "event.end") ?? Text(h, "@timestamp")!).ToList();

        return new HostDocument(
            Ip: (asSource.Count > 0 ? Text(asSource[0], "source.ip") : Text(asDestination[0], "destination.ip"))!,
            Macs: Sorted(asSource.Select(h => Text(h, "source.mac")).Concat(asDestination.Select(h => Text(h, "destination.mac")))),
            Names: Sorted(names),
            FirstSeen: stamps.MinBy(Instant)!,
            LastSeen: ends.MaxBy(Instant)!,
            Flows: flows.Count,
            BytesSent: asSource.Sum(h => Number(h, "source.bytes")) + asDestination.Sum(h => Number(h, "destination.bytes")),
            BytesReceived: asSource.Sum(h => Number(h, "destination.bytes")) + asDestination.Sum(h => Number(h, "source.bytes")),
            PacketsSent: asSource.Sum(h => Number(h, "source.packets")) + asDestination.Sum(h => Number(h, "destination.packets")),
            PacketsReceived: asSource.Sum(h => Number(h, "destination.packets")) + asDestination.Sum(h => Number(h, "source.packets")),
            Peers: asSource.Select(h => Text(h, "destination.ip")).Concat(asDestination.Select(h => Text(h, "source.ip"))).OfType<string>().Distinct().Count(),
            Services: [.. services],
            Captures: Sorted(flows.Select(h => Text(h, "pcap.capture.id"))),
            Geo: placed.Hit is null ? null : new GeoPlace(
                Text(placed.Hit, placed.Side + ".geo.country_iso_code"), Text(placed.Hit, placed.Side + ".geo.country_name"),
                Text(placed.Hit, placed.Side + ".geo.continent_code"), Text(placed.Hit, placed.Side + ".geo.region_name"),
                Text(placed.Hit, placed.Side + ".geo.city_name"), GeoPoint.Parse(Text(placed.Hit, placed.Side + ".geo.location"))),
            As: announced.Hit is null ? null : new AutonomousSystem(Number(announced.Hit, announced.Side + ".as.number"), Text(announced.Hit, announced.Side + ".as.organization.name")),
            MacVendors: sides
                .Where(s => Text(s.Hit, "pcap." + s.Side + ".mac_vendor") is not null)
                .Select(s => (Mac: Text(s.Hit, s.Side + ".mac")!, Vendor: Text(s.Hit, "pcap." + s.Side + ".mac_vendor")!))
                .Distinct()
                .ToDictionary(v => v.Mac, v => v.Vendor, StringComparer.Ordinal));
    }

    /// <summary>Field by field, so that a difference names the field.</summary>
    public static void AssertEqual(HostDocument expected, HostDocument? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Ip, actual.Ip);
        Assert.Equal(expected.Macs, actual.Macs);
        Assert.Equal(expected.Names, actual.Names);
        Assert.Equal(expected.FirstSeen, actual.FirstSeen);
        Assert.Equal(expected.LastSeen, actual.LastSeen);
        Assert.Equal((expected.Ip, expected.Flows), (actual.Ip, actual.Flows));
        Assert.Equal((expected.Ip, expected.BytesSent, expected.BytesReceived), (actual.Ip, actual.BytesSent, actual.BytesReceived));
        Assert.Equal((expected.Ip, expected.PacketsSent, expected.PacketsReceived), (actual.Ip, actual.PacketsSent, actual.PacketsReceived));
        Assert.Equal((expected.Ip, expected.Peers), (actual.Ip, actual.Peers));
        Assert.Equal(expected.Services, actual.Services);
        Assert.Equal(expected.Captures, actual.Captures);
        Assert.Equal((expected.Ip, expected.Geo), (actual.Ip, actual.Geo));
        Assert.Equal((expected.Ip, expected.As), (actual.Ip, actual.As));
        Assert.Equal(expected.MacVendors.OrderBy(v => v.Key, StringComparer.Ordinal), actual.MacVendors.OrderBy(v => v.Key, StringComparer.Ordinal));
    }

    private static DateTimeOffset Instant(string timestamp) => DateTimeOffset.Parse(timestamp, CultureInfo.InvariantCulture);

    private static List<string> Sorted(IEnumerable<string?> values) => [.. values.OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    private static string? Text(FlowHit hit, string field) => hit.Fields.TryGetValue(field, out var value) ? (string)value : null;

    private static string[] Texts(FlowHit hit, string field) => hit.Fields.TryGetValue(field, out var value) ? (string[])value : [];

    private static long Number(FlowHit hit, string field) => hit.Fields.TryGetValue(field, out var value) ? (long)value : 0;
}
