using System.Collections;
using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Enrichment;
using PcapSearch.Store.Hosts;
using PcapSearch.Store.Sql;
using Column = PcapSearch.Store.Hosts.HostSql.DocumentColumn;

namespace PcapSearch.Store.DuckDb;

public sealed partial class DuckDbFlowStore
{
    public HostDocument? Host(string ip, FlowQuery scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        string key = HostAddress.Key(ip);
        using var connection = OpenReader();
        return Documents(connection, scope, _clock.GetUtcNow(), [key]).Values.SingleOrDefault();
    }

    public HostList Hosts(HostQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > FlowQuery.MaxLimit) throw new FlowQueryException($"The limit must be between 1 and {FlowQuery.MaxLimit}.");
        var now = _clock.GetUtcNow();
        var context = new SqlContext(_catalog, now);
        string where = Where(context, query.Flows);
        var source = Fold(FlowSummary.For(query.Flows, where));
        string sql = HostSql.Ranking(source, where, query.Order, context.Parameter((long)query.Limit),
            hostSummary: source == FlowSummary.Pairs && FlowSummary.OverEveryFlow(query.Flows, where));
        using var connection = OpenReader();

        var ranked = new List<string>();
        long total = 0;
        using (var command = Command(connection, sql, context.Parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ranked.Add(reader.GetString(0));
                total = ToLong(reader.GetValue(1));
            }
        }
        if (ranked.Count == 0) return new HostList([], 0, context.Warnings);
        var documents = Documents(connection, query.Flows, now, ranked);
        return new HostList([.. ranked.Select(a => documents[a])], total, context.Warnings);
    }

    /// <summary>The host documents of the <paramref name="keys"/> (<see cref="HostAddress"/>) in the flows <paramref name="scope"/> allows (absent: no such flow).</summary>
    private Dictionary<string, HostDocument> Documents(DuckDBConnection connection, FlowQuery scope, DateTimeOffset now, IReadOnlyList<string> keys)
    {
        var context = new SqlContext(_catalog, now);
        string where = Where(context, scope);
        string spellings = string.Join(", ", keys.SelectMany(HostAddress.Spellings).Select(context.Parameter));
        var documents = new Dictionary<string, HostDocument>(StringComparer.Ordinal);
        using var command = Command(connection, HostSql.Documents(Fold(FlowSummary.ForHosts(scope, where)), where, spellings), context.Parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            documents[reader.GetString((int)Column.Key)] = Document(reader);
        }
        return documents;
    }

    private static HostDocument Document(DbDataReader reader)
    {
        long Number(Column column) => ToLong(reader.GetValue((int)column));
        IReadOnlyList<string> Texts(Column column) => reader.IsDBNull((int)column)
            ? []
            : [.. ((IEnumerable)reader.GetValue((int)column)).OfType<string>().Order(StringComparer.Ordinal)];
        string? Text(Column column) => reader.IsDBNull((int)column) ? null : reader.GetString((int)column);
        int digits = reader.IsDBNull((int)Column.Digits) ? 9 : (int)Number(Column.Digits);
        return new HostDocument(
            Ip: reader.GetString((int)Column.Key),
            Macs: Texts(Column.Macs),
            Names: Texts(Column.Names),
            FirstSeen: EcsValues.FormatTimestamp(Number(Column.FirstSeen), digits),
            LastSeen: EcsValues.FormatTimestamp(Number(Column.LastSeen), digits),
            Flows: Number(Column.Flows),
            BytesSent: Number(Column.BytesSent),
            BytesReceived: Number(Column.BytesReceived),
            PacketsSent: Number(Column.PacketsSent),
            PacketsReceived: Number(Column.PacketsReceived),
            Peers: Number(Column.Peers),
            Services: [.. Texts(Column.Services).OrderBy(ServiceTransport, StringComparer.Ordinal).ThenBy(ServicePort)],
            Captures: Texts(Column.Captures),
            Geo: GeoPlace.Of(Text(Column.Country), Text(Column.CountryName), Text(Column.Continent), Text(Column.Region), Text(Column.City), GeoPoint.Parse(Text(Column.Location))),
            As: reader.IsDBNull((int)Column.AsNumber) ? null : new AutonomousSystem(Number(Column.AsNumber), Text(Column.AsOrganization)),
            MacVendors: Texts(Column.MacVendors).Select(pair => pair.Split('\t', 2)).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal));
    }

    private static string ServiceTransport(string service) => service[..service.IndexOf('/', StringComparison.Ordinal)];

    private static long ServicePort(string service) => long.Parse(service.AsSpan(service.IndexOf('/', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture);
}
