using PcapSearch.Store.Catalog;
using PcapSearch.Store.Elasticsearch.Requests;

namespace PcapSearch.Store.Elasticsearch;

public sealed partial class ElasticsearchFlowStore
{
    public FlowFieldStatistics FieldStatistics(FlowQuery query, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(fields);
        var filter = Filter(query);
        var warnings = new List<string>(filter.Warnings);
        var known = new List<FlowField>();
        foreach (string name in fields)
        {
            if (_catalog.Find(name) is { } field) known.Add(field);
            else warnings.Add($"The field '{name}' does not exist in any flow document: no flow has it.");
        }
        var (total, statistics) = StatisticsRequest.Read(SearchFlows(StatisticsRequest.Body(filter.Query, known)), known);
        var byName = statistics.ToDictionary(s => s.Field, StringComparer.Ordinal);
        var ordered = fields.Select(name => byName.GetValueOrDefault(name) ?? new FieldStatistics(name, 0, 0, null, null)).ToList();
        return new FlowFieldStatistics(total, ordered, warnings);
    }
}
