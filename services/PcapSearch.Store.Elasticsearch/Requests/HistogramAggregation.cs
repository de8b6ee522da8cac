using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Elasticsearch.Dsl;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>
/// A histogram in two searches of size 0. The first finds what the second needs: the first and last
/// <c>@timestamp</c> (for a range the query leaves open) and the split field's top values. The second is a
/// <c>date_histogram</c> with a <c>fixed_interval</c>, empty buckets kept (<c>min_doc_count</c> 0) from the range's
/// start to its end (<c>extended_bounds</c>), and per bucket a <c>filters</c> aggregation with one filter per
/// series value plus the other bucket.
/// </summary>
public static class HistogramAggregation
{
    public const int MaxBuckets = 10_000;

    public static JsonObject ProbeBody(JsonObject filter, FlowField? split, int splitTop)
    {
        var aggregations = new JsonObject
        {
            ["first"] = new JsonObject { ["min"] = new JsonObject { ["field"] = "@timestamp", ["format"] = AggregationValues.NanosFormat } },
            ["last"] = new JsonObject { ["max"] = new JsonObject { ["field"] = "@timestamp", ["format"] = AggregationValues.NanosFormat } },
        };
        if (split is not null)
        {
            var terms = new JsonObject
            {
                ["field"] = split.Name,
                ["size"] = splitTop,
                ["order"] = new JsonArray(new JsonObject { ["_count"] = "desc" }, new JsonObject { ["_key"] = "asc" }),
            };
            if (split.Type == FieldType.Date) terms["format"] = AggregationValues.NanosFormat;
            aggregations["series"] = new JsonObject { ["terms"] = terms };
        }
        return new JsonObject { ["query"] = filter.DeepClone(), ["size"] = 0, ["track_total_hits"] = false, ["aggs"] = aggregations };
    }

    /// <summary>The first and last timestamps (null without flows) and the series values, most frequent first.</summary>
    public static (long? FirstNs, long? LastNs, List<object> Series) ReadProbe(JsonElement answer, FlowField? split)
    {
        var series = new List<object>();
        if (!answer.TryGetProperty("aggregations", out var aggregations)) return (null, null, series);
        var field = new FlowField("@timestamp", FieldType.Date);
        long? first = AggregationValues.Metric(field, aggregations.GetProperty("first")) is string a ? AggregationValues.Ns(a) : null;
        long? last = AggregationValues.Metric(field, aggregations.GetProperty("last")) is string b ? AggregationValues.Ns(b) : null;
        if (split is not null)
        {
            series.AddRange(aggregations.GetProperty("series").GetProperty("buckets").EnumerateArray().Select(bucket => AggregationValues.Key(split, bucket)));
        }
        return (first, last, series);
    }

    public static JsonObject Body(JsonObject filter, string interval, long firstNs, long lastNs, FlowField? split, IReadOnlyList<object> series)
    {
        var histogram = new JsonObject
        {
            ["field"] = "@timestamp",
            ["fixed_interval"] = interval,
            ["min_doc_count"] = 0,
            ["format"] = AggregationValues.NanosFormat,
            ["extended_bounds"] = new JsonObject { ["min"] = AggregationValues.Format(firstNs), ["max"] = AggregationValues.Format(lastNs) },
        };
        var bucket = new JsonObject { ["date_histogram"] = histogram };
        if (split is not null)
        {
            var filters = new JsonObject();
            for (int i = 0; i < series.Count; i++)
            {
                filters[AggregationValues.Invariant(i)] = Clauses.Term(split.Name, JsonValue.Create(series[i])!);
            }
            bucket["aggs"] = new JsonObject
            {
                ["split"] = new JsonObject { ["filters"] = new JsonObject { ["filters"] = filters, ["other_bucket_key"] = "_other" } },
            };
        }
        return new JsonObject { ["query"] = filter.DeepClone(), ["size"] = 0, ["track_total_hits"] = false, ["aggs"] = new JsonObject { ["histogram"] = bucket } };
    }

    public static List<HistogramBucket> Read(JsonElement answer, int seriesCount, bool split)
    {
        var buckets = new List<HistogramBucket>();
        if (!answer.TryGetProperty("aggregations", out var aggregations)) return buckets;
        foreach (var bucket in aggregations.GetProperty("histogram").GetProperty("buckets").EnumerateArray())
        {
            var counts = new List<long>();
            if (split)
            {
                var byKey = bucket.GetProperty("split").GetProperty("buckets");
                for (int i = 0; i < seriesCount; i++) counts.Add(byKey.GetProperty(AggregationValues.Invariant(i)).GetProperty("doc_count").GetInt64());
                counts.Add(byKey.GetProperty("_other").GetProperty("doc_count").GetInt64());
            }
            buckets.Add(new HistogramBucket(AggregationValues.Iso(bucket.GetProperty("key_as_string").GetString()!), bucket.GetProperty("doc_count").GetInt64(), counts));
        }
        return buckets;
    }
}
