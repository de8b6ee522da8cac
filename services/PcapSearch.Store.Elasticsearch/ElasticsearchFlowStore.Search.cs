using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Elasticsearch.Requests;

namespace PcapSearch.Store.Elasticsearch;

public sealed partial class ElasticsearchFlowStore
{
    public FlowHits Search(FlowQuery query)
    {
        var (sort, fields, fieldWarnings) = Checked(query);
        var filter = Filter(query);
        var body = SearchRequest.Body(filter.Query, sort, query.Direction, query.Limit, query.Fields is null ? null : fields, query.After);
        return SearchRequest.Read(SearchFlows(body), fields, query.Limit, [.. fieldWarnings, .. filter.Warnings]);
    }

    /// <summary>Pages through a point in time, so the export is one consistent view even while captures are written.</summary>
    public IEnumerable<FlowHit> Export(FlowQuery query)
    {
        var (sort, fields, _) = Checked(query);
        var filter = Filter(query);
        string keepAlive = (long)_options.PointInTimeKeepAlive.TotalSeconds + "s";
        string pit = PointInTimeRequest.ReadId(Transport.Json(HttpMethod.Post, RestPaths.OpenPointInTime(Names.Flows, _options.PointInTimeKeepAlive)));
        try
        {
            string? after = query.After;
            while (true)
            {
                var body = SearchRequest.Body(filter.Query, sort, query.Direction, query.Limit, query.Fields is null ? null : fields, after, (pit, keepAlive));
                var answer = Transport.Json(HttpMethod.Post, RestPaths.PointInTimeSearch, body);
                pit = PointInTimeRequest.NextId(answer, pit);
                var page = SearchRequest.Read(answer, fields, query.Limit, []);
                foreach (var hit in page.Hits) yield return hit;
                if (page.NextCursor is null) yield break;
                after = page.NextCursor;
            }
        }
        finally
        {
            _transport.Send(HttpMethod.Delete, RestPaths.ClosePointInTime, ElasticsearchTransport.Serialize(PointInTimeRequest.CloseBody(pit)), accept: 404).Body?.Dispose();
        }
    }

    private (FlowField Sort, IReadOnlyList<FlowField> Fields, List<string> Warnings) Checked(FlowQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > FlowQuery.MaxLimit) throw new FlowQueryException($"The limit must be between 1 and {FlowQuery.MaxLimit}.");
        var sort = _catalog.Find(query.SortField) ?? throw new FlowQueryException($"Cannot sort by '{query.SortField}': no such field.");
        if (sort.Multi) throw new FlowQueryException($"Cannot sort by '{sort.Name}': it holds several values per flow.");
        var warnings = new List<string>();
        if (query.Fields is null) return (sort, _catalog.Fields, warnings);
        var fields = new List<FlowField>();
        foreach (string name in query.Fields)
        {
            if (_catalog.Find(name) is { } field) fields.Add(field);
            else warnings.Add($"The field '{name}' does not exist in any flow document: hits leave it out.");
        }
        return (sort, fields, warnings);
    }
}
