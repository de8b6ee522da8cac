using System.Text.RegularExpressions;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

/// <summary>
/// The flows summed by what graphs, facets and hosts group them by, so a read whose question the summary can answer
/// groups ~a tenth of the rows (docs/store.md "Summary tables"):
/// <list type="bullet">
/// <item><c>flow_pairs</c>: one row per <see cref="KeyColumns"/> (both ends' address and MAC, the destination port,
/// transport and protocols) with the flows' count, byte and packet sums, first and last time, whether the destination
/// answered (a service), the names clients asked it for and the captures. Key columns keep the flow table's names, so
/// a KQL condition on them alone translates to the same SQL on either table.</item>
/// <item><c>flow_names</c>: per address in <c>dns.resolved_ip</c>, the DNS names that resolved it.</item>
/// <item><c>flow_minutes</c>: flows per minute, for histograms over every flow.</item>
/// <item><c>flow_edges</c>: the ip graph's edges over every flow, kept one row each.</item>
/// <item><c>flow_hosts</c>: per host, what its document sums (<see cref="Hosts.HostSql.Totals"/>); <c>flow_host_values</c>:
/// its MACs, peers, services, captures and names, one row each.</item>
/// </list>
/// Not written with the flows (grouping each batch measured 2.3 times the CPU of writing it): a read that wants the
/// summary first folds in the flows written since the last fold (<see cref="FlowTable.BatchColumn"/> above the mark),
/// as more rows that readers sum again (the host rows from the new pair rows, not from the flows again); every
/// aggregate is a sum, min, max, or or a distinct union, so partial rows give the same answer, and they are merged when they outnumber the merged rows. Deleting or replacing flows marks the
/// summary stale: the next read makes it again from every flow.
/// </summary>
/// <param name="Flows">A row's count of flows.</param>
/// <param name="Names">A row's list of the names clients asked its destination for.</param>
/// <param name="Captures">A row's list of capture ids.</param>
/// <param name="FlowCount">The aggregate of rows' flow counts.</param>
/// <param name="NamesOf">The aggregate of rows' names (a list, NULL when none).</param>
/// <param name="CapturesOf">The aggregate of rows' capture ids (a list).</param>
internal sealed partial record FlowSummary(
    string Table, string Flows, string FirstSeen, string LastSeen, string Answered, string Names, string Captures,
    string FlowCount, string NamesOf, string CapturesOf)
{
    public const string PairsTable = "flow_pairs";
    public const string NamesTable = "flow_names";
    /// <summary>Per host: what its documents sum (<see cref="Hosts.HostSql.Totals"/>).</summary>
    public const string HostsTable = "flow_hosts";
    /// <summary>Per host, kind and value: its MACs, peers, services, captures and names (<see cref="Hosts.HostSql.Values"/>).</summary>
    public const string HostValuesTable = "flow_host_values";
    /// <summary>Per (source, destination) address text: the ip graph's edges over every flow, kept merged (one row each).</summary>
    public const string EdgesTable = "flow_edges";

    /// <summary>Per minute of <c>@timestamp</c> (epoch-aligned): its flows and their first and last <c>@timestamp</c>.</summary>
    public const string MinutesTable = "flow_minutes";

    /// <summary>A minute in nanoseconds: histogram widths that are a multiple of it are summed from <see cref="MinutesTable"/>.</summary>
    public const long Minute = 60_000_000_000;
    /// <summary>One row: <c>folded</c>, the highest batch summed (NULL: stale, make again), <c>merged</c>, the rows after the last merge.</summary>
    public const string StateTable = "flow_pairs_state";

    /// <summary>Every table of the summary.</summary>
    public static readonly IReadOnlyList<string> Tables = [PairsTable, NamesTable, HostsTable, HostValuesTable, MinutesTable, EdgesTable, StateTable];

    public const string StaleSql = $"UPDATE {StateTable} SET folded = NULL";

    // Before the sets made of them: static fields initialise in order.
    private static readonly string[] Keys =
    [
        "source.ip", "source.ip#text", "source.mac", "destination.ip", "destination.ip#text", "destination.mac",
        "destination.port", "network.transport", "network.protocol",
    ];

    /// <summary>
    /// Enrichment (<see cref="Hosts.HostSql"/>'s host documents carry it) rides along with any_value: a place and an AS
    /// follow from the address and a MAC's vendor from the MAC, all of them key columns. Not <see cref="KeyColumns"/>:
    /// flows of one address enriched with different data releases may disagree, so KQL on them reads the flows.
    /// </summary>
    private static readonly string[] Enrichment = [.. Hosts.HostSql.EnrichmentColumns("source"), .. Hosts.HostSql.EnrichmentColumns("destination")];

    private static readonly string[] Sums = ["source.bytes", "source.packets", "destination.bytes", "destination.packets", "network.bytes", "network.packets"];

    /// <summary>The flow columns a summary row groups by: every flow of the row has these values.</summary>
    public static readonly IReadOnlySet<string> KeyColumns = new HashSet<string>(Keys, StringComparer.Ordinal);

    /// <summary>Number columns a summary row sums under the flow column's own name.</summary>
    public static readonly IReadOnlySet<string> SumColumns = new HashSet<string>(Sums, StringComparer.Ordinal);

    /// <summary>The flow table read flow by flow: each row is one flow.</summary>
    public static readonly FlowSummary FlowRows = new(
        FlowTable.Name,
        Flows: "1",
        FirstSeen: "\"@timestamp\"",
        LastSeen: "coalesce(\"event.end\", \"@timestamp\")",
        // A port the destination offers: TCP when it answered the handshake with a SYN (a RST refusal or a flow
        // picked up mid-stream is no evidence of a listener), other transports with ports when it sent anything.
        Answered: $"(\"destination.packets\" > 0 AND (\"network.transport\" <> 'tcp' OR {FlowTable.HasTcpFlag("pcap.tcp_flags.destination", PcapSearch.Flows.TcpFlags.Syn)}))",
        Names: "list_concat(\"url.domain\", [\"tls.client.server_name\"])",
        Captures: "[\"pcap.capture.id\"]",
        FlowCount: "count(*)",
        // Aggregated without a list per flow: most flows have neither name, and 10 M one-element lists cost seconds.
        NamesOf: "list_distinct(list_concat(flatten(list(\"url.domain\") FILTER (WHERE \"url.domain\" IS NOT NULL)), " +
            "list(\"tls.client.server_name\") FILTER (WHERE \"tls.client.server_name\" IS NOT NULL)))",
        // list_distinct of the list, not list(DISTINCT): the fold of 2 M flows 2.4-2.6 s -> 1.5 s (no hash set per group).
        CapturesOf: "list_distinct(list(\"pcap.capture.id\"))");

    /// <summary>The pair summary: each row is flows sharing the key columns.</summary>
    public static readonly FlowSummary Pairs = new(PairsTable, "flows", "first_seen", "last_seen", "answered", "names", "captures",
        "coalesce(sum(flows), 0)", "list_distinct(flatten(list(names)))", "list_distinct(flatten(list(captures)))");

    private static readonly IReadOnlySet<string> NoColumns = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Rows of <paramref name="source"/>'s shape in <paramref name="relation"/> summed by the key columns: the select that
    /// fills <see cref="PairsTable"/> from flows and merges its own rows.
    /// </summary>
    private static string PairRows(FlowSummary source, string relation) =>
        "SELECT " + string.Join(", ", Keys.Concat(Enrichment).Select(k => Grouped.Contains(k) ? SqlContext.Quote(k) : $"any_value({SqlContext.Quote(k)}) AS {SqlContext.Quote(k)}")) +
        $", {source.FlowCount}::BIGINT AS flows, " +
        string.Join(", ", Sums.Select(c => $"sum({SqlContext.Quote(c)})::BIGINT AS {SqlContext.Quote(c)}")) + ", " +
        $"min({source.FirstSeen}) AS first_seen, max({source.LastSeen}) AS last_seen, max(\"{FlowTable.DigitsColumn}\") AS \"{FlowTable.DigitsColumn}\", " +
        $"bool_or({source.Answered}) AS answered, {source.NamesOf} AS names, {source.CapturesOf} AS captures FROM {relation} " +
        "GROUP BY " + string.Join(", ", Grouped.Select(SqlContext.Quote));

    /// <summary>
    /// The key columns grouped by: an address number is its text's (one spelling, one number), so it rides along with
    /// any_value (grouping by the 128-bit numbers too: the fold of 10 M flows took 31.2 s of CPU against 26.8).
    /// </summary>
    private static readonly string[] Grouped = [.. Keys.Where(k => k is not ("source.ip" or "destination.ip"))];

    /// <summary>The DNS names per resolved address: from flows (<c>dns.resolved_ip</c>) or from its own rows.</summary>
    private static string NameRows(FlowSummary source, string relation) => source == FlowRows
        ? "SELECT ip, list_distinct(flatten(list(names))) AS names FROM (" +
          "SELECT unnest(\"dns.resolved_ip#text\") AS ip, list_concat(\"dns.question.name\", \"dns.answers.name\") AS names " +
          $"FROM {relation} WHERE len(\"dns.resolved_ip#text\") > 0) GROUP BY ALL"
        : $"SELECT ip, list_distinct(flatten(list(names))) AS names FROM {relation} GROUP BY ALL";

    /// <summary>The ip graph's edges of pair-summary rows, or (<paramref name="merging"/>) of rows of this select.</summary>
    private static string EdgeRows(string relation, bool merging) => merging
        ? "SELECT s, d, sum(flows)::BIGINT AS flows, sum(bytes)::BIGINT AS bytes, sum(packets)::BIGINT AS packets, sum(sent)::BIGINT AS sent, " +
          $"sum(received)::BIGINT AS received, list_distinct(flatten(list(transports))) AS transports, list_distinct(flatten(list(protocols))) AS protocols FROM {relation} GROUP BY s, d"
        : "SELECT \"source.ip#text\" AS s, \"destination.ip#text\" AS d, sum(flows)::BIGINT AS flows, sum(\"network.bytes\")::BIGINT AS bytes, " +
          "sum(\"network.packets\")::BIGINT AS packets, sum(\"source.bytes\")::BIGINT AS sent, sum(\"destination.bytes\")::BIGINT AS received, " +
          "list_distinct(list(\"network.transport\")) AS transports, list_distinct(flatten(list(\"network.protocol\"))) AS protocols " +
          $"FROM {relation} WHERE \"source.ip#text\" IS NOT NULL AND \"destination.ip#text\" IS NOT NULL GROUP BY s, d";

    /// <summary>Flows per minute of <paramref name="relation"/>: flows, or rows of this select.</summary>
    private static string MinuteRows(FlowSummary source, string relation) => source == FlowRows
        ? $"SELECT {DuckDbFlowStore.BucketStart("\"@timestamp\"", Minute.ToString(System.Globalization.CultureInfo.InvariantCulture))} AS minute, count(*)::BIGINT AS flows, " +
          $"min(\"@timestamp\") AS first, max(\"@timestamp\") AS last FROM {relation} WHERE \"@timestamp\" IS NOT NULL GROUP BY minute"
        : $"SELECT minute, sum(flows)::BIGINT AS flows, min(first) AS first, max(last) AS last FROM {relation} GROUP BY minute";

    /// <summary>Each host's side of pair-summary rows (the flows' sides, already summed).</summary>
    private static string SidesOf(string pairs) => $"({Hosts.HostSql.Sides(Pairs, pairs, "TRUE", null)})";

    /// <summary>The tables, empty and stale (made from the selects above, so their types follow the flow table's).</summary>
    public static IEnumerable<string> CreateSql()
    {
        yield return $"CREATE TABLE IF NOT EXISTS {PairsTable} AS {PairRows(FlowRows, FlowTable.Name)} LIMIT 0";
        yield return $"CREATE TABLE IF NOT EXISTS {NamesTable} AS {NameRows(FlowRows, FlowTable.Name)} LIMIT 0";
        yield return $"CREATE TABLE IF NOT EXISTS {HostsTable} AS {Hosts.HostSql.Totals(SidesOf(PairsTable), merging: false)} LIMIT 0";
        yield return $"CREATE TABLE IF NOT EXISTS {HostValuesTable} AS {Hosts.HostSql.Values(SidesOf(PairsTable), sorted: false)} LIMIT 0";
        yield return $"CREATE TABLE IF NOT EXISTS {MinutesTable} AS {MinuteRows(FlowRows, FlowTable.Name)} LIMIT 0";
        yield return $"CREATE TABLE IF NOT EXISTS {EdgesTable} AS {EdgeRows(PairsTable, merging: false)} LIMIT 0";
        yield return $"CREATE TABLE IF NOT EXISTS {StateTable} AS SELECT NULL::BIGINT AS folded, 0::BIGINT AS merged";
    }

    /// <summary>
    /// Sums the flows of batches above <paramref name="folded"/> (all, into an emptied summary, when null) up to
    /// <paramref name="last"/> into the summary.
    /// </summary>
    public static IEnumerable<string> FoldSql(long? folded, long last)
    {
        string batch = SqlContext.Quote(FlowTable.BatchColumn);
        if (folded is null)
        {
            yield return $"DELETE FROM {PairsTable}";
            yield return $"DELETE FROM {NamesTable}";
            yield return $"DELETE FROM {HostsTable}";
            yield return $"DELETE FROM {HostValuesTable}";
            yield return $"DELETE FROM {MinutesTable}";
            yield return $"DELETE FROM {EdgesTable}";
        }
        string relation = $"(SELECT * FROM {FlowTable.Name} WHERE {(folded is null ? "" : $"{batch} > {folded} AND ")}{batch} <= {last})";
        yield return $"CREATE OR REPLACE TEMP TABLE folding AS {PairRows(FlowRows, relation)}";
        yield return $"INSERT INTO {PairsTable} BY NAME SELECT * FROM folding";
        yield return $"CREATE OR REPLACE TEMP TABLE folding_sides AS {Hosts.HostSql.Sides(Pairs, "folding", "TRUE", null)}";
        yield return $"INSERT INTO {HostsTable} BY NAME {Hosts.HostSql.Totals("folding_sides", merging: false)}";
        yield return $"INSERT INTO {HostValuesTable} BY NAME {Hosts.HostSql.Values("folding_sides", sorted: folded is null)}";
        yield return "DROP TABLE folding_sides";
        // The edges stay one row each (the graph's top edges are then an ORDER BY … LIMIT, no grouping): merged at every fold.
        yield return $"CREATE OR REPLACE TEMP TABLE merging AS SELECT * FROM {EdgesTable} UNION ALL BY NAME {EdgeRows("folding", merging: false)}";
        yield return $"DELETE FROM {EdgesTable}";
        yield return $"INSERT INTO {EdgesTable} BY NAME {EdgeRows("merging", merging: true)}";
        yield return "DROP TABLE merging";
        yield return "DROP TABLE folding";
        yield return $"INSERT INTO {NamesTable} BY NAME {NameRows(FlowRows, relation)}";
        yield return $"INSERT INTO {MinutesTable} BY NAME {MinuteRows(FlowRows, relation)}";
        yield return $"UPDATE {StateTable} SET folded = {last}" + (folded is null ? $", merged = (SELECT count(*) FROM {PairsTable})" : "");
    }

    /// <summary>Merges the summary's rows: one per key again.</summary>
    public static IEnumerable<string> MergeSql()
    {
        foreach (var (table, rows) in new[] { (PairsTable, PairRows(Pairs, "merging")), (NamesTable, NameRows(Pairs, "merging")), (HostsTable, Hosts.HostSql.Totals("merging", merging: true)),
            (HostValuesTable, "SELECT DISTINCT * FROM merging ORDER BY ip, kind, value"), (MinutesTable, MinuteRows(Pairs, "merging")) })
        {
            yield return $"CREATE OR REPLACE TEMP TABLE merging AS SELECT * FROM {table}";
            yield return $"DELETE FROM {table}";
            yield return $"INSERT INTO {table} BY NAME {rows}";
        }
        yield return "DROP TABLE merging";
        yield return $"UPDATE {StateTable} SET merged = (SELECT count(*) FROM {PairsTable})";
    }

    /// <summary>
    /// Whether a read whose flows are chosen by <paramref name="where"/> can be answered from the summary: all time, and
    /// every column the condition names one of <paramref name="columns"/> (user values are parameters, so every quoted
    /// identifier in the condition is a column; a capture filter names <c>pcap.capture.id</c>, which the summary does not keep).
    /// </summary>
    private static bool Answers(FlowQuery query, string where, IReadOnlySet<string> columns) =>
        query.From is null && query.To is null &&
        Identifier().Matches(where).All(m => columns.Contains(m.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal)));

    /// <summary>The summary when it answers the read, else the flow table.</summary>
    public static FlowSummary For(FlowQuery query, string where) => Answers(query, where, KeyColumns) ? Pairs : FlowRows;

    /// <summary>
    /// Whether the read is over every flow, all time: then the summaries kept for that alone answer it (host documents
    /// and ranking, the ip graph's edges, the minutes).
    /// </summary>
    public static bool OverEveryFlow(FlowQuery query, string where) => Answers(query, where, NoColumns);

    /// <summary>For host documents: the pair summary (with the host tables) over every flow, else the flows.</summary>
    public static FlowSummary ForHosts(FlowQuery query, string where) => OverEveryFlow(query, where) ? Pairs : FlowRows;

    [GeneratedRegex("\"((?:[^\"]|\"\")*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
