using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Flows.Enrichment;
using PcapSearch.Store.Elasticsearch.Dsl;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>
/// Hosts are derived from the flow documents (no host index to keep in step): a <c>composite</c> aggregation over
/// (source.ip, destination.ip) pairs with sums of each side's bytes and packets and the first and last times gives,
/// exactly, every host's flows, bytes and packets sent and received (sent = source.bytes where the host is the
/// source, destination.bytes where it is the destination), peers and times. A second search fills in the chosen
/// hosts' details with one <c>filters</c> bucket per host and side: MACs, captures, services (transport/port of
/// flows it answered), names (DNS questions that resolved to it, TLS SNI and URL domains of flows to it), its
/// place and AS (the geo and as objects of one of its flows, one that has an AS first) and its MACs' vendors.
/// </summary>
public static class HostsRequest
{
    public const int PageSize = 1000;

    public static JsonObject PairsBody(JsonObject filter, JsonObject? afterKey)
    {
        var composite = new JsonObject
        {
            ["size"] = PageSize,
            ["sources"] = new JsonArray(
                new JsonObject { ["s"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = "source.ip" } } },
                new JsonObject { ["d"] = new JsonObject { ["terms"] = new JsonObject { ["field"] = "destination.ip" } } }),
        };
        if (afterKey is not null) composite["after"] = afterKey;
        var pairs = new JsonObject
        {
            ["composite"] = composite,
            ["aggs"] = new JsonObject
            {
                ["sb"] = Metric("sum", "source.bytes"),
                ["db"] = Metric("sum", "destination.bytes"),
                ["sp"] = Metric("sum", "source.packets"),
                ["dp"] = Metric("sum", "destination.packets"),
                ["first"] = Metric("min", "@timestamp", AggregationValues.NanosFormat),
                ["last"] = Metric("max", "event.end", AggregationValues.NanosFormat),
            },
        };
        return new JsonObject { ["query"] = filter.DeepClone(), ["size"] = 0, ["track_total_hits"] = false, ["aggs"] = new JsonObject { ["pairs"] = pairs } };
    }

    /// <summary>Adds one page of pairs to the hosts; returns the key to continue after, null on the last page.</summary>
    public static JsonObject? ReadPairs(JsonElement answer, Dictionary<string, HostTotals> hosts)
    {
        if (!answer.TryGetProperty("aggregations", out var aggregations)) return null;
        var pairs = aggregations.GetProperty("pairs");
        var buckets = pairs.GetProperty("buckets");
        foreach (var bucket in buckets.EnumerateArray())
        {
            string source = bucket.GetProperty("key").GetProperty("s").GetString()!;
            string destination = bucket.GetProperty("key").GetProperty("d").GetString()!;
            long flows = bucket.GetProperty("doc_count").GetInt64();
            long sb = AggregationValues.Sum(bucket, "sb"), db = AggregationValues.Sum(bucket, "db");
            long sp = AggregationValues.Sum(bucket, "sp"), dp = AggregationValues.Sum(bucket, "dp");
            string? first = bucket.GetProperty("first").TryGetProperty("value_as_string", out var f) ? AggregationValues.Iso(f.GetString()!) : null;
            string? last = bucket.GetProperty("last").TryGetProperty("value_as_string", out var l) ? AggregationValues.Iso(l.GetString()!) : null;
            Totals(hosts, source).Add(destination, flows, sb, db, sp, dp, first, last);
            if (destination != source) Totals(hosts, destination).Add(source, flows, db, sb, dp, sp, first, last);
        }
        return buckets.GetArrayLength() > 0 && pairs.TryGetProperty("after_key", out var after) ? JsonNode.Parse(after.GetRawText())!.AsObject() : null;
    }

    public static JsonObject DetailsBody(JsonObject filter, IReadOnlyList<string> ips)
    {
        var touching = Clauses.AnyOf([Clauses.Terms("source.ip", ips), Clauses.Terms("destination.ip", ips), Clauses.Terms("dns.resolved_ip", ips)]);
        var aggregations = new JsonObject
        {
            ["src"] = PerHost(ips, "source.ip", new JsonObject
            {
                ["macs"] = Terms("source.mac", 20, new JsonObject { ["vendor"] = Terms("pcap.source.mac_vendor", 1) }),
                ["captures"] = Terms("pcap.capture.id", 1000),
                ["place"] = Place("source"),
            }),
            ["dst"] = PerHost(ips, "destination.ip", new JsonObject
            {
                ["macs"] = Terms("destination.mac", 20, new JsonObject { ["vendor"] = Terms("pcap.destination.mac_vendor", 1) }),
                ["place"] = Place("destination"),
                ["captures"] = Terms("pcap.capture.id", 1000),
                ["sni"] = Terms("tls.client.server_name", 50),
                ["domains"] = Terms("url.domain", 50),
                ["answered"] = new JsonObject
                {
                    ["filter"] = Clauses.Range("destination.packets", new JsonObject { ["gt"] = 0 }),
                    ["aggs"] = new JsonObject
                    {
                        ["transports"] = Terms("network.transport", 10, new JsonObject { ["ports"] = Terms("destination.port", 1000) }),
                    },
                },
            }),
            ["resolved"] = PerHost(ips, "dns.resolved_ip", new JsonObject { ["names"] = Terms("dns.question.name", 50) }),
        };
        return new JsonObject
        {
            ["query"] = Clauses.AllOf([filter.DeepClone().AsObject(), touching]),
            ["size"] = 0,
            ["track_total_hits"] = false,
            ["aggs"] = aggregations,
        };
    }

    public static HostDocument Document(string ip, HostTotals totals, JsonElement details, int position)
    {
        string key = AggregationValues.Invariant(position);
        var aggregations = details.TryGetProperty("aggregations", out var a) ? a : default;
        JsonElement Bucket(string side) => aggregations.ValueKind == JsonValueKind.Object ? aggregations.GetProperty(side).GetProperty("buckets").GetProperty(key) : default;
        var src = Bucket("src");
        var dst = Bucket("dst");
        var resolved = Bucket("resolved");
        var services = new SortedSet<string>(StringComparer.Ordinal);
        if (dst.ValueKind == JsonValueKind.Object)
        {
            foreach (var transport in dst.GetProperty("answered").GetProperty("transports").GetProperty("buckets").EnumerateArray())
            {
                foreach (var port in transport.GetProperty("ports").GetProperty("buckets").EnumerateArray())
                {
                    services.Add(transport.GetProperty("key").GetString() + "/" + port.GetProperty("key").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
        return new HostDocument(ip,
            Keys(src, "macs").Union(Keys(dst, "macs")).Order(StringComparer.Ordinal).ToList(),
            Keys(resolved, "names").Union(Keys(dst, "sni")).Union(Keys(dst, "domains")).Order(StringComparer.Ordinal).ToList(),
            totals.FirstSeen ?? "", totals.LastSeen ?? "",
            totals.Flows, totals.BytesSent, totals.BytesReceived, totals.PacketsSent, totals.PacketsReceived, totals.Peers.Count,
            services.ToList(),
            Keys(src, "captures").Union(Keys(dst, "captures")).Order(StringComparer.Ordinal).ToList(),
            PlaceOf(src, "source")?.Geo ?? PlaceOf(dst, "destination")?.Geo,
            PlaceOf(src, "source")?.As ?? PlaceOf(dst, "destination")?.As,
            MacVendors(src).Concat(MacVendors(dst)).DistinctBy(v => v.Key).ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>One flow's geo and as objects on the host's side, a flow with an AS first.</summary>
    private static JsonObject Place(string side) => new()
    {
        ["top_hits"] = new JsonObject
        {
            ["size"] = 1,
            ["_source"] = new JsonObject { ["includes"] = new JsonArray(side + ".geo", side + ".as") },
            ["sort"] = new JsonArray(new JsonObject
            {
                [side + ".as.number"] = new JsonObject { ["order"] = "desc", ["missing"] = "_last", ["unmapped_type"] = "long" },
            }),
        },
    };

    private static (GeoPlace? Geo, AutonomousSystem? As)? PlaceOf(JsonElement bucket, string side)
    {
        if (bucket.ValueKind != JsonValueKind.Object || !bucket.TryGetProperty("place", out var place)) return null;
        var hits = place.GetProperty("hits").GetProperty("hits");
        if (hits.GetArrayLength() == 0 || !hits[0].GetProperty("_source").TryGetProperty(side, out var endpoint)) return null;
        string? Text(JsonElement parent, string name) => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) ? v.GetString() : null;
        var geo = endpoint.TryGetProperty("geo", out var g) ? g : default;
        var system = endpoint.TryGetProperty("as", out var a) && a.TryGetProperty("number", out var number)
            ? new AutonomousSystem(number.GetInt64(), a.TryGetProperty("organization", out var organization) ? Text(organization, "name") : null)
            : null;
        return (GeoPlace.Of(Text(geo, "country_iso_code"), Text(geo, "country_name"), Text(geo, "continent_code"), Text(geo, "region_name"),
            Text(geo, "city_name"), GeoPoint.Parse(Text(geo, "location"))), system);
    }

    private static IEnumerable<KeyValuePair<string, string>> MacVendors(JsonElement bucket) =>
        bucket.ValueKind == JsonValueKind.Object
            ? bucket.GetProperty("macs").GetProperty("buckets").EnumerateArray()
                .Where(b => b.TryGetProperty("vendor", out var v) && v.GetProperty("buckets").GetArrayLength() > 0)
                .Select(b => KeyValuePair.Create(b.GetProperty("key").GetString()!, b.GetProperty("vendor").GetProperty("buckets")[0].GetProperty("key").GetString()!))
            : [];

    private static HostTotals Totals(Dictionary<string, HostTotals> hosts, string ip)
    {
        if (!hosts.TryGetValue(ip, out var totals)) hosts[ip] = totals = new HostTotals();
        return totals;
    }

    private static JsonObject PerHost(IReadOnlyList<string> ips, string field, JsonObject aggregations)
    {
        var filters = new JsonObject();
        for (int i = 0; i < ips.Count; i++) filters[AggregationValues.Invariant(i)] = Clauses.Term(field, ips[i]);
        return new JsonObject { ["filters"] = new JsonObject { ["filters"] = filters }, ["aggs"] = aggregations };
    }

    private static JsonObject Terms(string field, int size, JsonObject? aggregations = null)
    {
        var terms = new JsonObject { ["terms"] = new JsonObject { ["field"] = field, ["size"] = size } };
        if (aggregations is not null) terms["aggs"] = aggregations;
        return terms;
    }

    private static JsonObject Metric(string kind, string field, string? format = null)
    {
        var body = new JsonObject { ["field"] = field };
        if (format is not null) body["format"] = format;
        return new JsonObject { [kind] = body };
    }

    private static IEnumerable<string> Keys(JsonElement bucket, string name) =>
        bucket.ValueKind == JsonValueKind.Object
            ? bucket.GetProperty(name).GetProperty("buckets").EnumerateArray().Select(b => b.GetProperty("key").GetString()!)
            : [];
}

/// <summary>One host's sums over the flow pairs it is part of.</summary>
public sealed class HostTotals
{
    public long Flows { get; private set; }
    public long BytesSent { get; private set; }
    public long BytesReceived { get; private set; }
    public long PacketsSent { get; private set; }
    public long PacketsReceived { get; private set; }
    public HashSet<string> Peers { get; } = new(StringComparer.Ordinal);
    public string? FirstSeen { get; private set; }
    public string? LastSeen { get; private set; }

    public void Add(string peer, long flows, long bytesSent, long bytesReceived, long packetsSent, long packetsReceived, string? first, string? last)
    {
        Peers.Add(peer);
        Flows += flows;
        BytesSent += bytesSent;
        BytesReceived += bytesReceived;
        PacketsSent += packetsSent;
        PacketsReceived += packetsReceived;
        if (first is not null && (FirstSeen is null || AggregationValues.Ns(first) < AggregationValues.Ns(FirstSeen))) FirstSeen = first;
        if (last is not null && (LastSeen is null || AggregationValues.Ns(last) > AggregationValues.Ns(LastSeen))) LastSeen = last;
    }
}
