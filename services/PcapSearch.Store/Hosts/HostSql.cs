using PcapSearch.Store.DuckDb;

namespace PcapSearch.Store.Hosts;

/// <summary>
/// Host documents computed from the flow table (no table of their own, so they follow every re-ingest and
/// capture delete). Each flow is read once per side the host is on: as the source the host sent
/// <c>source.bytes</c> and received <c>destination.bytes</c>, as the destination the other way round.
/// Addresses are matched and grouped on the text columns (<see cref="HostAddress"/>); <c>where</c> is the
/// scope's condition on flows; addresses enter as parameter placeholders only.
/// </summary>
internal static class HostSql
{
    private const string LastSeen = "coalesce(\"event.end\", \"@timestamp\")";
    /// <summary>A flow from an address to itself is one flow, not two: only its source side counts it.</summary>
    private const string CountsAsDestination = "CASE WHEN \"source.ip#text\" = \"destination.ip#text\" THEN 0 ELSE 1 END";

    /// <summary>
    /// A port the destination offers: TCP when it answered the handshake with a SYN (a RST refusal or a flow
    /// picked up mid-stream is no evidence of a listener), other transports with ports when it sent anything.
    /// </summary>
    private const string Service =
        "CASE WHEN \"destination.port\" IS NOT NULL AND \"destination.packets\" > 0 " +
        "AND (\"network.transport\" <> 'tcp' OR list_contains(\"pcap.tcp_flags.destination\", 'SYN')) " +
        "THEN \"network.transport\" || '/' || \"destination.port\" END";

    private static readonly string SourceKey = HostAddress.KeySql("\"source.ip#text\"");
    private static readonly string DestinationKey = HostAddress.KeySql("\"destination.ip#text\"");

    /// <summary>
    /// A side's enrichment (<see cref="DocumentColumn.Country"/> on): its geo and AS fields, and its MAC with the MAC's
    /// vendor as <c>MAC TAB vendor</c> (one list element per pair; vendor names hold no tab).
    /// </summary>
    private static string Enrichment(string side) =>
        $"\"{side}.geo.country_iso_code\" AS country, \"{side}.geo.country_name\" AS country_name, \"{side}.geo.continent_code\" AS continent, " +
        $"\"{side}.geo.region_name\" AS region, \"{side}.geo.city_name\" AS city, \"{side}.geo.location\" AS location, " +
        $"\"{side}.as.number\" AS as_number, \"{side}.as.organization.name\" AS as_organization, " +
        $"\"{side}.mac\" || chr(9) || \"pcap.{side}.mac_vendor\" AS mac_vendor";

    /// <summary>Reverse-lookup names (<c>….in-addr.arpa</c>, <c>….ip6.arpa</c>) are about an address, not names of a host.</summary>
    private static string HostNames(string list) => $"list_filter({list}, n -> NOT suffix(lower(n), '.arpa'))";

    /// <summary>
    /// The hosts of the flows in scope, ranked by <paramref name="order"/> (largest first, ties by key):
    /// columns key, number of hosts in all. <paramref name="limit"/> is a placeholder.
    /// </summary>
    public static string Ranking(string where, HostOrder order, string limit)
    {
        string key = order switch
        {
            HostOrder.Bytes => "sum(bytes)",
            HostOrder.Flows => "sum(flow)",
            HostOrder.Peers => "count(DISTINCT peer)",
            HostOrder.LastSeen => "max(last_seen)",
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
        };
        string bytes = "coalesce(\"source.bytes\", 0) + coalesce(\"destination.bytes\", 0)";
        return
            $"WITH sides AS (" +
            $"SELECT {SourceKey} AS ip, \"destination.ip#text\" AS peer, {bytes} AS bytes, 1 AS flow, {LastSeen} AS last_seen " +
            $"FROM {FlowTable.Name} WHERE ({where}) AND \"source.ip#text\" IS NOT NULL " +
            $"UNION ALL " +
            $"SELECT {DestinationKey}, \"source.ip#text\", {bytes}, {CountsAsDestination}, {LastSeen} " +
            $"FROM {FlowTable.Name} WHERE ({where}) AND \"destination.ip#text\" IS NOT NULL) " +
            $"SELECT ip, count(*) OVER () AS total FROM sides GROUP BY ip ORDER BY {key} DESC NULLS LAST, ip ASC LIMIT {limit}";
    }

    /// <summary>
    /// One row per host whose address has one of <paramref name="spellings"/> (comma-separated placeholders, see
    /// <see cref="HostAddress.Spellings"/>) on either side of a flow in scope; columns in <see cref="DocumentColumn"/> order.
    /// </summary>
    public static string Documents(string where, string spellings) =>
        $"WITH sides AS (" +
        $"SELECT {SourceKey} AS ip, \"source.mac\" AS mac, \"destination.ip#text\" AS peer, " +
        $"\"source.bytes\" AS bytes_sent, \"destination.bytes\" AS bytes_received, " +
        $"\"source.packets\" AS packets_sent, \"destination.packets\" AS packets_received, " +
        $"\"@timestamp\" AS first_seen, {LastSeen} AS last_seen, \"_digits\" AS digits, \"pcap.capture.id\" AS capture, " +
        $"1 AS flow, NULL::VARCHAR AS service, NULL::VARCHAR[] AS names, " +
        $"{Enrichment("source")} " +
        $"FROM {FlowTable.Name} WHERE ({where}) AND \"source.ip#text\" IN ({spellings}) " +
        $"UNION ALL " +
        $"SELECT {DestinationKey}, \"destination.mac\", \"source.ip#text\", " +
        $"\"destination.bytes\", \"source.bytes\", \"destination.packets\", \"source.packets\", " +
        $"\"@timestamp\", {LastSeen}, \"_digits\", \"pcap.capture.id\", {CountsAsDestination}, {Service}, " +
        $"list_concat(\"url.domain\", [\"tls.client.server_name\"]), {Enrichment("destination")} " +
        $"FROM {FlowTable.Name} WHERE ({where}) AND \"destination.ip#text\" IN ({spellings})), " +
        $"hosts AS (" +
        $"SELECT ip, list_distinct(list(mac)) AS macs, min(first_seen) AS first_seen, max(last_seen) AS last_seen, max(digits) AS digits, " +
        $"sum(flow) AS flows, coalesce(sum(bytes_sent), 0) AS bytes_sent, coalesce(sum(bytes_received), 0) AS bytes_received, " +
        $"coalesce(sum(packets_sent), 0) AS packets_sent, coalesce(sum(packets_received), 0) AS packets_received, count(DISTINCT peer) AS peers, " +
        $"list_distinct(list(service)) AS services, list_distinct(list(capture)) AS captures, list_distinct(flatten(list(names))) AS names, " +
        $"any_value(country) AS country, any_value(country_name) AS country_name, any_value(continent) AS continent, any_value(region) AS region, " +
        $"any_value(city) AS city, any_value(location) AS location, any_value(as_number) AS as_number, any_value(as_organization) AS as_organization, " +
        $"list_distinct(list(mac_vendor)) AS mac_vendors " +
        $"FROM sides GROUP BY ip), " +
        // One row per host and name before the join: a busy server's DNS names must not ride along every one of its flows.
        $"resolved AS (" +
        $"SELECT {HostAddress.KeySql("ip")} AS ip, list(DISTINCT name) AS names FROM (" +
        $"SELECT ip, unnest(names) AS name FROM (" +
        $"SELECT unnest(\"dns.resolved_ip#text\") AS ip, list_concat(\"dns.question.name\", \"dns.answers.name\") AS names " +
        $"FROM {FlowTable.Name} WHERE ({where}) AND list_has_any(\"dns.resolved_ip#text\", [{spellings}])) " +
        $"WHERE ip IN ({spellings})) GROUP BY 1) " +
        $"SELECT h.ip, h.macs, h.first_seen, h.last_seen, h.digits, h.flows, h.bytes_sent, h.bytes_received, " +
        $"h.packets_sent, h.packets_received, h.peers, h.services, h.captures, " +
        $"list_distinct({HostNames("list_concat(h.names, r.names)")}), " +
        $"h.country, h.country_name, h.continent, h.region, h.city, h.location, h.as_number, h.as_organization, h.mac_vendors " +
        $"FROM hosts h LEFT JOIN resolved r ON r.ip = h.ip";

    /// <summary>The columns of <see cref="Documents"/>.</summary>
    public enum DocumentColumn
    {
        Key,
        Macs,
        FirstSeen,
        LastSeen,
        Digits,
        Flows,
        BytesSent,
        BytesReceived,
        PacketsSent,
        PacketsReceived,
        Peers,
        Services,
        Captures,
        Names,
        Country,
        CountryName,
        Continent,
        Region,
        City,
        Location,
        AsNumber,
        AsOrganization,
        MacVendors,
    }
}
