using PcapSearch.Store.Catalog;
using PcapSearch.Store.Elasticsearch.Requests;

namespace PcapSearch.Store.Elasticsearch;

public sealed partial class ElasticsearchFlowStore
{
    public FlowFacets Facets(FlowQuery query, IReadOnlyList<string> fields, int topN, string? weight = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(fields);
        if (topN is < 1 or > 10_000) throw new FlowQueryException("topN must be between 1 and 10000.");
        var filter = Filter(query);
        var warnings = new List<string>(filter.Warnings);
        var known = new List<FlowField>();
        foreach (string name in fields)
        {
            if (_catalog.Find(name) is { } field) known.Add(field);
            else warnings.Add($"The field '{name}' does not exist in any flow document: its facet is empty.");
        }
        var weightField = weight is null ? null : _catalog.Weight(weight);
        var (total, everything, facets) = FacetsRequest.Read(SearchFlows(FacetsRequest.Body(filter.Query, known, topN, weightField)), known, weighed: weightField is not null);
        var byName = facets.ToDictionary(f => f.Field, StringComparer.Ordinal);
        var ordered = fields.Select(name => byName.GetValueOrDefault(name) ?? new FieldFacet(name, [], 0, everything)).ToList();
        return new FlowFacets(total, ordered, warnings);
    }
}
