using PcapSearch.Store.DuckDb;

namespace PcapSearch.Store.Hosts;

/// <summary>
/// Host documents computed from the flows (the flow table, or its summary when the scope is every flow,
/// <see cref="FlowSummary"/>: either way they follow every re-ingest and capture delete). Each flow is read once per side the host is on: as the source the host sent
/// <c>source.bytes</c> and received <c>destination.bytes</c>, as the destination the other way round.
/// Addresses are matched and grouped on the text columns (<see cref="HostAddress"/>); <c>where</c> is the
/// scope's condition on flows; addresses enter as parameter placeholders only.
/// </summary>
internal static class HostSql
{
    /// <summary>A flow from an address to itself is one flow, not two: only its source side counts it.</summary>
    private static string CountsAsDestination(FlowSummary source) => $"CASE WHEN \"source.ip#text\" = \"destination.ip#text\" THEN 0 ELSE {source.Flows} END";

    /// <summary>A port the destination offers (<see cref="FlowSummary.Answered"/>).</summary>
    private static string Service(FlowSummary source) =>
        $"CASE WHEN \"destination.port\" IS NOT NULL AND {source.Answered} THEN \"network.transport\" || '/' || \"destination.port\" END";

    private static readonly string SourceKey = HostAddress.KeySql("\"source.ip#text\"");
    private static readonly string DestinationKey = HostAddress.KeySql("\"destination.ip#text\"");

    /// <summary>The host document's place and AS columns (<see cref="DocumentColumn.Country"/> on), each with its flow field.</summary>
    private static readonly (string Alias, string Field)[] PlaceAndAs =
    [
        ("country", "geo.country_iso_code"), ("country_name", "geo.country_name"), ("continent", "geo.continent_code"),
        ("region", "geo.region_name"), ("city", "geo.city_name"), ("location", "geo.location"),
        ("as_number", "as.number"), ("as_organization", "as.organization.name"),
    ];

    /// <summary>The flow columns a side's host document takes its enrichment from: place, AS and the MAC's vendor.</summary>
    public static IEnumerable<string> EnrichmentColumns(string side) =>
        PlaceAndAs.Select(c => $"{side}.{c.Field}").Append($"pcap.{side}.mac_vendor");

    /// <summary>
    /// A side's enrichment: its place and AS, and its MAC with the MAC's vendor as <c>MAC TAB vendor</c> (one list
    /// element per pair; vendor names hold no tab).
    /// </summary>
    private static string Enrichment(string side) =>
        string.Concat(PlaceAndAs.Select(c => $"\"{side}.{c.Field}\" AS {c.Alias}, ")) +
        $"\"{side}.mac\" || chr(9) || \"pcap.{side}.mac_vendor\" AS mac_vendor";

    /// <summary>The enrichment of a host's rows: any row's place and AS (they follow from the address).</summary>
    private static readonly string EnrichmentOf = string.Join(", ", PlaceAndAs.Select(c => $"any_value({c.Alias}) AS {c.Alias}"));

    /// <summary>Reverse-lookup names (<c>….in-addr.arpa</c>, <c>….ip6.arpa</c>) are about an address, not names of a host.</summary>
    private static string HostNames(string list) => $"list_filter({list}, n -> NOT suffix(lower(n), '.arpa'))";

    /// <summary>
    /// The hosts of the flows in scope, ranked by <paramref name="order"/> (largest first, ties by key):
    /// columns key, number of hosts in all. <paramref name="limit"/> is a placeholder.
    /// </summary>
    /// <param name="hostSummary">The scope is every flow: the host summary answers.</param>
    public static string Ranking(FlowSummary source, string where, HostOrder order, string limit, bool hostSummary)
    {
        string key = order switch
        {
            HostOrder.Bytes => "sum(coalesce(bytes_sent, 0) + coalesce(bytes_received, 0))",
            HostOrder.Flows => "sum(flow)",
            HostOrder.Peers => "count(DISTINCT peer)",
            HostOrder.LastSeen => "max(last_seen)",
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
        };
        if (hostSummary)
        {
            string totals = Totals($"(SELECT * FROM {FlowSummary.HostsTable} WHERE {where})", merging: true);
            return order == HostOrder.Peers
                ? $"WITH totals AS ({totals}), peers AS (SELECT ip, count(DISTINCT value) AS peers FROM {FlowSummary.HostValuesTable} WHERE ({where}) AND kind = 'peer' GROUP BY ip) " +
                  $"SELECT t.ip, count(*) OVER () AS total FROM totals t LEFT JOIN peers p ON p.ip = t.ip ORDER BY coalesce(p.peers, 0) DESC, t.ip ASC LIMIT {limit}"
                : $"WITH totals AS ({totals}) SELECT ip, count(*) OVER () AS total FROM totals " +
                  $"ORDER BY {(order switch { HostOrder.Bytes => "bytes_sent + bytes_received", HostOrder.Flows => "flows", _ => "last_seen" })} DESC NULLS LAST, ip ASC LIMIT {limit}";
        }
        return
            $"WITH sides AS ({Sides(source, source.Table, where, null)}) " +
            $"SELECT ip, count(*) OVER () AS total FROM sides GROUP BY ip ORDER BY {key} DESC NULLS LAST, ip ASC LIMIT {limit}";
    }

    /// <summary>
    /// One row per row of <paramref name="relation"/> (flows, or pair-summary rows: <paramref name="flow"/> says which) and
    /// side whose address is a host, as that host sees it: all addresses, or those with one of <paramref name="spellings"/> (comma-separated placeholders, see
    /// <see cref="HostAddress.Spellings"/>).
    /// </summary>
    public static string Sides(FlowSummary flow, string relation, string where, string? spellings)
    {
        string Has(string column) => spellings is null ? $"{column} IS NOT NULL" : $"{column} IN ({spellings})";
        return
            $"SELECT {SourceKey} AS ip, \"source.mac\" AS mac, \"destination.ip#text\" AS peer, " +
            $"\"source.bytes\" AS bytes_sent, \"destination.bytes\" AS bytes_received, " +
            $"\"source.packets\" AS packets_sent, \"destination.packets\" AS packets_received, " +
            $"{flow.FirstSeen} AS first_seen, {flow.LastSeen} AS last_seen, \"_digits\" AS digits, {flow.Captures} AS captures, " +
            $"{flow.Flows} AS flow, NULL::VARCHAR AS service, NULL::VARCHAR[] AS names, {Enrichment("source")} " +
            $"FROM {relation} WHERE ({where}) AND {Has("\"source.ip#text\"")} " +
            $"UNION ALL " +
            $"SELECT {DestinationKey}, \"destination.mac\", \"source.ip#text\", " +
            $"\"destination.bytes\", \"source.bytes\", \"destination.packets\", \"source.packets\", " +
            $"{flow.FirstSeen}, {flow.LastSeen}, \"_digits\", {flow.Captures}, {CountsAsDestination(flow)}, {Service(flow)}, {flow.Names}, {Enrichment("destination")} " +
            $"FROM {relation} WHERE ({where}) AND {Has("\"destination.ip#text\"")}";
    }

    /// <summary>One row per host of <paramref name="sides"/> (<see cref="Sides"/>): what its document sums, its lists inline.</summary>
    private static string HostRows(string sides) =>
        "SELECT ip, list_distinct(list(mac)) AS macs, min(first_seen) AS first_seen, max(last_seen) AS last_seen, max(digits) AS digits, " +
        "sum(flow)::BIGINT AS flows, coalesce(sum(bytes_sent), 0)::BIGINT AS bytes_sent, coalesce(sum(bytes_received), 0)::BIGINT AS bytes_received, " +
        "coalesce(sum(packets_sent), 0)::BIGINT AS packets_sent, coalesce(sum(packets_received), 0)::BIGINT AS packets_received, " +
        "count(DISTINCT peer) AS peers, list_distinct(list(service)) AS services, list_distinct(flatten(list(captures))) AS captures, " +
        $"list_distinct(flatten(list(names))) AS names, {EnrichmentOf}, list_distinct(list(mac_vendor)) AS mac_vendors FROM {sides} GROUP BY ip";

    /// <summary>
    /// The host summary's totals (<see cref="FlowSummary.HostsTable"/>): one row per host of <paramref name="relation"/>,
    /// its <see cref="Sides"/>, or (<paramref name="merging"/>) rows of this select.
    /// </summary>
    public static string Totals(string relation, bool merging) =>
        "SELECT ip, min(first_seen) AS first_seen, max(last_seen) AS last_seen, max(digits) AS digits, " +
        (merging
            ? "sum(flows)::BIGINT AS flows, sum(bytes_sent)::BIGINT AS bytes_sent, sum(bytes_received)::BIGINT AS bytes_received, " +
              "sum(packets_sent)::BIGINT AS packets_sent, sum(packets_received)::BIGINT AS packets_received "
            : "sum(flow)::BIGINT AS flows, coalesce(sum(bytes_sent), 0)::BIGINT AS bytes_sent, coalesce(sum(bytes_received), 0)::BIGINT AS bytes_received, " +
              "coalesce(sum(packets_sent), 0)::BIGINT AS packets_sent, coalesce(sum(packets_received), 0)::BIGINT AS packets_received ") +
        $", {EnrichmentOf} FROM {relation} GROUP BY ip";

    /// <summary>
    /// The host summary's lists (<see cref="FlowSummary.HostValuesTable"/>): one row per host, kind (mac, peer, service,
    /// capture, name) and value of <paramref name="sides"/>, <paramref name="sorted"/> by host so that a lookup's zone
    /// maps skip the rest (a fold's new rows need not be: the next merge sorts them).
    /// A list column would be read whole for every lookup (measured: ~27 ms for the peers alone, even with no match).
    /// </summary>
    public static string Values(string sides, bool sorted) =>
        $"SELECT DISTINCT ip, kind, value FROM (SELECT ip, 'mac' AS kind, mac AS value FROM {sides} " +
        $"UNION ALL SELECT ip, 'peer', peer FROM {sides} UNION ALL SELECT ip, 'service', service FROM {sides} " +
        $"UNION ALL SELECT ip, 'capture', unnest(captures) FROM {sides} UNION ALL SELECT ip, 'name', unnest(names) FROM {sides} " +
        $"UNION ALL SELECT ip, 'mac_vendor', mac_vendor FROM {sides}) " +
        "WHERE value IS NOT NULL" + (sorted ? " ORDER BY ip, kind, value" : "");

    /// <summary>The hosts of <paramref name="values"/> (<see cref="Values"/> rows), with their lists as the documents hold them.</summary>
    private static string Lists(string values) =>
        "SELECT ip, list(DISTINCT value) FILTER (WHERE kind = 'mac') AS macs, count(DISTINCT value) FILTER (WHERE kind = 'peer') AS peers, " +
        "list(DISTINCT value) FILTER (WHERE kind = 'service') AS services, list(DISTINCT value) FILTER (WHERE kind = 'capture') AS captures, " +
        "list(DISTINCT value) FILTER (WHERE kind = 'name') AS names, list(DISTINCT value) FILTER (WHERE kind = 'mac_vendor') AS mac_vendors " +
        $"FROM {values} GROUP BY ip";

    /// <summary>
    /// One row per host whose address has one of <paramref name="spellings"/> on either side of a flow in scope, from the
    /// host summary when the pair summary answers (the scope is every flow), else from the flows; columns in
    /// <see cref="DocumentColumn"/> order.
    /// </summary>
    public static string Documents(FlowSummary source, string where, string spellings) =>
        (source == FlowSummary.Pairs
            ? $"WITH totals AS ({Totals($"(SELECT * FROM {FlowSummary.HostsTable} WHERE ({where}) AND ip IN ({spellings}))", merging: true)}), " +
              $"lists AS ({Lists($"(SELECT * FROM {FlowSummary.HostValuesTable} WHERE ({where}) AND ip IN ({spellings}))")}), " +
              "hosts AS (SELECT t.ip, l.macs, t.first_seen, t.last_seen, t.digits, t.flows, t.bytes_sent, t.bytes_received, t.packets_sent, t.packets_received, " +
              "coalesce(l.peers, 0) AS peers, l.services, l.captures, l.names, t.country, t.country_name, t.continent, t.region, t.city, " +
              "t.location, t.as_number, t.as_organization, l.mac_vendors FROM totals t LEFT JOIN lists l ON l.ip = t.ip), "
            : $"WITH hosts AS ({HostRows($"({Sides(FlowSummary.FlowRows, FlowTable.Name, where, spellings)})")}), ") +
        // One row per host and name before the join: a busy server's DNS names must not ride along every one of its flows.
        $"resolved AS (" +
        $"SELECT {HostAddress.KeySql("ip")} AS ip, list(DISTINCT name) AS names FROM (" +
        $"SELECT ip, unnest(names) AS name FROM ({Resolved(source, where, spellings)}) " +
        $"WHERE ip IN ({spellings})) GROUP BY 1) " +
        $"SELECT h.ip, h.macs, h.first_seen, h.last_seen, h.digits, h.flows, h.bytes_sent, h.bytes_received, " +
        $"h.packets_sent, h.packets_received, h.peers, h.services, h.captures, " +
        $"list_distinct({HostNames("list_concat(h.names, r.names)")}), " +
        $"h.country, h.country_name, h.continent, h.region, h.city, h.location, h.as_number, h.as_organization, h.mac_vendors " +
        $"FROM hosts h LEFT JOIN resolved r ON r.ip = h.ip";

    /// <summary>Addresses in <c>dns.resolved_ip</c> with the names of their DNS flows: from the name summary when the pair summary answers.</summary>
    private static string Resolved(FlowSummary source, string where, string spellings) => source == FlowSummary.Pairs
        ? $"SELECT ip, names FROM {FlowSummary.NamesTable} WHERE ({where}) AND ip IN ({spellings})"
        : $"SELECT unnest(\"dns.resolved_ip#text\") AS ip, list_concat(\"dns.question.name\", \"dns.answers.name\") AS names " +
          $"FROM {FlowTable.Name} WHERE ({where}) AND list_has_any(\"dns.resolved_ip#text\", [{spellings}])";

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
