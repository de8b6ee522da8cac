using System.Text.Json.Nodes;
using PcapSearch.Store.Elasticsearch.Dsl;
using PcapSearch.Store.Elasticsearch.Requests;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Elasticsearch;

public sealed partial class ElasticsearchFlowStore
{
    public const int MaxHosts = 10_000;

    public HostDocument? Host(string ip, FlowQuery scope)
    {
        ArgumentNullException.ThrowIfNull(ip);
        ArgumentNullException.ThrowIfNull(scope);
        if (!IpValue.TryParse(ip, out var wanted)) throw new FlowQueryException($"'{ip}' is not an IP address.");
        var filter = Filter(scope);
        var own = Clauses.AllOf([filter.Query, Clauses.AnyOf([Clauses.Term("source.ip", ip), Clauses.Term("destination.ip", ip)])]);
        var hosts = Totals(own);
        var match = hosts.FirstOrDefault(h => IpValue.TryParse(h.Key, out var v) && v == wanted);
        if (match.Value is null) return null;
        return Details(filter.Query, [match.Key], hosts)[0];
    }

    public HostList Hosts(HostQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > MaxHosts) throw new FlowQueryException($"The limit must be between 1 and {MaxHosts}.");
        var filter = Filter(query.Flows);
        var hosts = Totals(filter.Query);
        Func<KeyValuePair<string, HostTotals>, long> order = query.Order switch
        {
            HostOrder.Flows => h => h.Value.Flows,
            HostOrder.Peers => h => h.Value.Peers.Count,
            HostOrder.LastSeen => h => h.Value.LastSeen is { } last ? AggregationValues.Ns(last) : long.MinValue,
            _ => h => h.Value.BytesSent + h.Value.BytesReceived,
        };
        var chosen = hosts.OrderByDescending(order).ThenBy(h => h.Key, StringComparer.Ordinal).Take(query.Limit).Select(h => h.Key).ToList();
        return new HostList(chosen.Count == 0 ? [] : Details(filter.Query, chosen, hosts), hosts.Count, filter.Warnings);
    }

    private Dictionary<string, HostTotals> Totals(JsonObject filter)
    {
        var hosts = new Dictionary<string, HostTotals>(StringComparer.Ordinal);
        JsonObject? after = null;
        do after = HostsRequest.ReadPairs(SearchFlows(HostsRequest.PairsBody(filter, after)), hosts);
        while (after is not null);
        return hosts;
    }

    private List<HostDocument> Details(JsonObject filter, IReadOnlyList<string> ips, Dictionary<string, HostTotals> hosts)
    {
        var answer = SearchFlows(HostsRequest.DetailsBody(filter, ips));
        return ips.Select((ip, i) => HostsRequest.Document(ip, hosts[ip], answer, i)).ToList();
    }
}
