using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>
/// Facets of several fields in one search of size 0: per field a <c>terms</c> aggregation (most frequent first,
/// ties by value; <c>sum_other_doc_count</c> is the "other" count) and a <c>missing</c> aggregation. Field i's
/// aggregations are named <c>t{i}</c> and <c>m{i}</c>, so any field name is safe.
/// </summary>
public static class FacetsRequest
{
    public static JsonObject Body(JsonObject filter, IReadOnlyList<FlowField> fields, int topN)
    {
        var aggregations = new JsonObject();
        for (int i = 0; i < fields.Count; i++)
        {
            var terms = new JsonObject
            {
                ["field"] = fields[i].Name,
                ["size"] = topN,
                ["order"] = new JsonArray(new JsonObject { ["_count"] = "desc" }, new JsonObject { ["_key"] = "asc" }),
            };
            if (fields[i].Type == FieldType.Date) terms["format"] = AggregationValues.NanosFormat;
            aggregations["t" + i] = new JsonObject { ["terms"] = terms };
            aggregations["m" + i] = new JsonObject { ["missing"] = new JsonObject { ["field"] = fields[i].Name } };
        }
        return new JsonObject { ["query"] = filter.DeepClone(), ["size"] = 0, ["track_total_hits"] = true, ["aggs"] = aggregations };
    }

    public static (long Total, List<FieldFacet> Facets) Read(JsonElement answer, IReadOnlyList<FlowField> fields)
    {
        long total = answer.GetProperty("hits").GetProperty("total").GetProperty("value").GetInt64();
        var facets = new List<FieldFacet>();
        if (!answer.TryGetProperty("aggregations", out var aggregations))
        {
            // No flow index yet: nothing to count.
            facets.AddRange(fields.Select(f => new FieldFacet(f.Name, [], 0, total)));
            return (total, facets);
        }
        for (int i = 0; i < fields.Count; i++)
        {
            var terms = aggregations.GetProperty("t" + i);
            var buckets = terms.GetProperty("buckets").EnumerateArray()
                .Select(b => new FacetBucket(AggregationValues.Key(fields[i], b), b.GetProperty("doc_count").GetInt64()))
                .ToList();
            long other = terms.GetProperty("sum_other_doc_count").GetInt64();
            long missing = aggregations.GetProperty("m" + i).GetProperty("doc_count").GetInt64();
            facets.Add(new FieldFacet(fields[i].Name, buckets, other, missing));
        }
        return (total, facets);
    }
}
