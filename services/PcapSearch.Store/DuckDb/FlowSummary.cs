using System.Text.RegularExpressions;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.DuckDb;

/// <summary>
/// Per-capture summaries written in the same transaction as the flows they sum, so graph, host and facet reads
/// whose question they can answer read ~a tenth of the rows (docs/store.md "Summaries"):
/// <list type="bullet">
/// <item><c>flow_pairs</c>: one row per capture and <see cref="KeyColumns"/> (both ends' address and MAC, the
/// destination port, transport and protocols) with the flows' count, byte and packet sums, first and last time, whether
/// the destination answered (a service) and the names clients asked it for. Key columns keep the flow table's
/// names, so a KQL condition on them alone translates to the same SQL on either table.</item>
/// <item><c>flow_names</c>: per capture and address in <c>dns.resolved_ip</c>, the DNS names that resolved it.</item>
/// </list>
/// A batch appended to a capture adds its own summary rows (readers aggregate again: every aggregate here is a sum,
/// min, max, or or distinct union, so partial rows sum to the same answer); replacing or deleting flows of a capture
/// summarises that capture again from its flows.
/// </summary>
internal sealed partial record FlowSummary(string Table, string Flows, string FlowCount, string FirstSeen, string LastSeen, string Answered, string Names)
{
    public const string PairsTable = "flow_pairs";
    public const string NamesTable = "flow_names";

    // Before the sets made of them: static fields initialise in order.
    private static readonly string[] Keys =
    [
        "pcap.capture.id", "source.ip", "source.ip#text", "source.mac", "destination.ip", "destination.ip#text", "destination.mac",
        "destination.port", "network.transport", "network.protocol",
    ];

    private static readonly string[] Sums = ["source.bytes", "source.packets", "destination.bytes", "destination.packets", "network.bytes", "network.packets"];

    /// <summary>The flow columns a summary row groups by: every flow of the row has these values.</summary>
    public static readonly IReadOnlySet<string> KeyColumns = new HashSet<string>(Keys, StringComparer.Ordinal);

    /// <summary>Number columns a summary row sums under the flow column's own name.</summary>
    public static readonly IReadOnlySet<string> SumColumns = new HashSet<string>(Sums, StringComparer.Ordinal);

    /// <summary>The flow table read flow by flow: each row is one flow.</summary>
    public static readonly FlowSummary FlowRows = new(
        FlowTable.Name,
        Flows: "1",
        FlowCount: "count(*)",
        FirstSeen: "\"@timestamp\"",
        LastSeen: "coalesce(\"event.end\", \"@timestamp\")",
        // A port the destination offers: TCP when it answered the handshake with a SYN (a RST refusal or a flow
        // picked up mid-stream is no evidence of a listener), other transports with ports when it sent anything.
        Answered: "(\"destination.packets\" > 0 AND (\"network.transport\" <> 'tcp' OR list_contains(\"pcap.tcp_flags.destination\", 'SYN')))",
        Names: "list_concat(\"url.domain\", [\"tls.client.server_name\"])");

    /// <summary>The pair summary: each row is the flows of one capture sharing the key columns.</summary>
    public static readonly FlowSummary Pairs = new(PairsTable, "flows", "sum(flows)", "first_seen", "last_seen", "answered", "names");

    /// <summary>
    /// The rows of <paramref name="relation"/> (flow-table shaped) summarised: the select that fills <see cref="PairsTable"/>.
    /// Sums are cast back to BIGINT, the flow columns' type.
    /// </summary>
    public static string PairRows(string relation) =>
        "SELECT " + string.Join(", ", Keys.Select(SqlContext.Quote)) + ", count(*) AS flows, " +
        string.Join(", ", Sums.Select(c => $"sum({SqlContext.Quote(c)})::BIGINT AS {SqlContext.Quote(c)}")) + ", " +
        $"min({FlowRows.FirstSeen}) AS first_seen, max({FlowRows.LastSeen}) AS last_seen, max(\"{FlowTable.DigitsColumn}\") AS \"{FlowTable.DigitsColumn}\", " +
        $"bool_or({FlowRows.Answered}) AS answered, list_distinct(flatten(list({FlowRows.Names}))) AS names " +
        $"FROM {relation} GROUP BY ALL";

    /// <summary>The DNS names per capture and resolved address of <paramref name="relation"/>: the select that fills <see cref="NamesTable"/>.</summary>
    public static string NameRows(string relation) =>
        "SELECT \"pcap.capture.id\", ip, list_distinct(flatten(list(names))) AS names FROM (" +
        "SELECT \"pcap.capture.id\", unnest(\"dns.resolved_ip#text\") AS ip, list_concat(\"dns.question.name\", \"dns.answers.name\") AS names " +
        $"FROM {relation} WHERE len(\"dns.resolved_ip#text\") > 0) GROUP BY ALL";

    /// <summary>The tables (empty), made from the selects above so their types follow the flow table's.</summary>
    public static IEnumerable<string> CreateSql()
    {
        yield return $"CREATE TABLE IF NOT EXISTS {PairsTable} AS {PairRows(FlowTable.Name)} LIMIT 0";
        yield return $"CREATE TABLE IF NOT EXISTS {NamesTable} AS {NameRows(FlowTable.Name)} LIMIT 0";
    }

    /// <summary>Adds the summaries of <paramref name="relation"/>'s flows.</summary>
    public static IEnumerable<string> AddSql(string relation)
    {
        yield return $"INSERT INTO {PairsTable} BY NAME {PairRows(relation)}";
        yield return $"INSERT INTO {NamesTable} BY NAME {NameRows(relation)}";
    }

    /// <summary>Removes the summaries of the capture whose id is the parameter <c>$1</c>.</summary>
    public static IEnumerable<string> DeleteSql()
    {
        yield return $"DELETE FROM {PairsTable} WHERE \"pcap.capture.id\" = $1";
        yield return $"DELETE FROM {NamesTable} WHERE \"pcap.capture.id\" = $1";
    }

    /// <summary>
    /// Whether a read whose flows are chosen by <paramref name="where"/> (and by no time range) can be answered from the
    /// summary: every column the condition names is a key column (user values are parameters, so every quoted
    /// identifier in the condition is a column).
    /// </summary>
    public static bool Answers(FlowQuery query, string where, IReadOnlySet<string> columns) =>
        query.From is null && query.To is null && Identifier().Matches(where).All(m => columns.Contains(m.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal)));

    /// <summary>The summary that answers the read, else the flow table.</summary>
    public static FlowSummary For(FlowQuery query, string where) => Answers(query, where, KeyColumns) ? Pairs : FlowRows;

    /// <summary>
    /// The summary that answers a host document's read: the pair summary when the scope names at most captures (the
    /// DNS names that resolved an address are summed per capture only).
    /// </summary>
    public static FlowSummary ForHosts(FlowQuery query, string where) => Answers(query, where, CaptureOnly) ? Pairs : FlowRows;

    private static readonly IReadOnlySet<string> CaptureOnly = new HashSet<string>(["pcap.capture.id"], StringComparer.Ordinal);

    [GeneratedRegex("\"((?:[^\"]|\"\")*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
