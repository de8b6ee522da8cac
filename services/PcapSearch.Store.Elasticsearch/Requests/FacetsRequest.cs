using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>
/// Facets of several fields in one search of size 0: per field a <c>terms</c> aggregation (most frequent first,
/// ties by value; <c>sum_other_doc_count</c> is the "other" count) and a <c>missing</c> aggregation. Field i's
/// aggregations are named <c>t{i}</c> and <c>m{i}</c>, so any field name is safe. With a weight field every count
/// is a <c>sum</c> of it instead (<c>w</c> under each bucket, <c>p{i}</c> over the flows having the field, which
/// makes "other" exact for single-valued fields; a multi-valued field's other counts each flow once).
/// </summary>
public static class FacetsRequest
{
    public static JsonObject Body(JsonObject filter, IReadOnlyList<FlowField> fields, int topN, FlowField? weight = null)
    {
        var aggregations = new JsonObject();
        for (int i = 0; i < fields.Count; i++)
        {
            var terms = new JsonObject
            {
                ["field"] = fields[i].Name,
                ["size"] = topN,
                ["order"] = new JsonArray(new JsonObject { [weight is null ? "_count" : "w"] = "desc" }, new JsonObject { ["_key"] = "asc" }),
            };
            if (fields[i].Type == FieldType.Date) terms["format"] = AggregationValues.NanosFormat;
            aggregations["t" + i] = Weighed(new JsonObject { ["terms"] = terms }, weight);
            aggregations["m" + i] = Weighed(new JsonObject { ["missing"] = new JsonObject { ["field"] = fields[i].Name } }, weight);
            if (weight is not null)
            {
                aggregations["p" + i] = Weighed(new JsonObject { ["filter"] = new JsonObject { ["exists"] = new JsonObject { ["field"] = fields[i].Name } } }, weight);
            }
        }
        if (weight is not null) aggregations["w"] = new JsonObject { ["sum"] = new JsonObject { ["field"] = weight.Name } };
        return new JsonObject { ["query"] = filter.DeepClone(), ["size"] = 0, ["track_total_hits"] = true, ["aggs"] = aggregations };
    }

    private static JsonObject Weighed(JsonObject aggregation, FlowField? weight)
    {
        if (weight is not null) aggregation["aggs"] = new JsonObject { ["w"] = new JsonObject { ["sum"] = new JsonObject { ["field"] = weight.Name } } };
        return aggregation;
    }

    /// <returns>The matching flows, and what a facet of a field no flow has counts as missing: the flows, or their summed weight.</returns>
    public static (long Total, long Everything, List<FieldFacet> Facets) Read(JsonElement answer, IReadOnlyList<FlowField> fields, bool weighed = false)
    {
        long total = answer.GetProperty("hits").GetProperty("total").GetProperty("value").GetInt64();
        long everything = weighed && answer.TryGetProperty("aggregations", out var all) ? Count(all, weighed) : total;
        var facets = new List<FieldFacet>();
        if (!answer.TryGetProperty("aggregations", out var aggregations))
        {
            // No flow index yet: nothing to count.
            facets.AddRange(fields.Select(f => new FieldFacet(f.Name, [], 0, weighed ? 0 : total)));
            return (total, weighed ? 0 : total, facets);
        }
        for (int i = 0; i < fields.Count; i++)
        {
            var terms = aggregations.GetProperty("t" + i);
            var buckets = terms.GetProperty("buckets").EnumerateArray()
                .Select(b => new FacetBucket(AggregationValues.Key(fields[i], b), Count(b, weighed)))
                .ToList();
            long other = weighed
                ? Count(aggregations.GetProperty("p" + i), weighed) - buckets.Sum(b => b.Count)
                : terms.GetProperty("sum_other_doc_count").GetInt64();
            long missing = Count(aggregations.GetProperty("m" + i), weighed);
            facets.Add(new FieldFacet(fields[i].Name, buckets, other, missing));
        }
        return (total, everything, facets);
    }

    private static long Count(JsonElement bucket, bool weighed) =>
        weighed ? (long)bucket.GetProperty("w").GetProperty("value").GetDouble() : bucket.GetProperty("doc_count").GetInt64();
}
