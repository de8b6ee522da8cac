using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Elasticsearch.Dsl;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>
/// Field statistics in one search of size 0, per field i: <c>p{i}</c> a filter on <c>exists</c> (flows with the field;
/// <c>value_count</c> would count each value of a list), <c>d{i}</c> a <c>cardinality</c> (exact up to its precision
/// threshold, approximate above), and for numbers and dates <c>lo{i}</c>/<c>hi{i}</c>, <c>min</c>/<c>max</c>.
/// </summary>
public static class StatisticsRequest
{
    /// <summary>The cardinality aggregation's largest precision threshold: counts up to it are near exact.</summary>
    public const int PrecisionThreshold = 40_000;

    public static JsonObject Body(JsonObject filter, IReadOnlyList<FlowField> fields)
    {
        var aggregations = new JsonObject();
        for (int i = 0; i < fields.Count; i++)
        {
            string name = fields[i].Name;
            aggregations["p" + i] = new JsonObject { ["filter"] = Clauses.Exists(name) };
            aggregations["d" + i] = new JsonObject { ["cardinality"] = new JsonObject { ["field"] = name, ["precision_threshold"] = PrecisionThreshold } };
            if (fields[i].Type is FieldType.Long or FieldType.Date)
            {
                aggregations["lo" + i] = new JsonObject { ["min"] = Metric(fields[i]) };
                aggregations["hi" + i] = new JsonObject { ["max"] = Metric(fields[i]) };
            }
        }
        return new JsonObject { ["query"] = filter.DeepClone(), ["size"] = 0, ["track_total_hits"] = true, ["aggs"] = aggregations };
    }

    private static JsonObject Metric(FlowField field)
    {
        var metric = new JsonObject { ["field"] = field.Name };
        if (field.Type == FieldType.Date) metric["format"] = AggregationValues.NanosFormat;
        return metric;
    }

    public static (long Total, List<FieldStatistics> Fields) Read(JsonElement answer, IReadOnlyList<FlowField> fields)
    {
        long total = answer.GetProperty("hits").GetProperty("total").GetProperty("value").GetInt64();
        var statistics = new List<FieldStatistics>();
        answer.TryGetProperty("aggregations", out var aggregations);
        for (int i = 0; i < fields.Count; i++)
        {
            if (aggregations.ValueKind != JsonValueKind.Object)
            {
                statistics.Add(new FieldStatistics(fields[i].Name, 0, 0, null, null));
                continue;
            }
            long count = aggregations.GetProperty("p" + i).GetProperty("doc_count").GetInt64();
            long distinct = aggregations.GetProperty("d" + i).GetProperty("value").GetInt64();
            object? min = null, max = null;
            if (count > 0 && fields[i].Type is FieldType.Long or FieldType.Date)
            {
                min = AggregationValues.Metric(fields[i], aggregations.GetProperty("lo" + i));
                max = AggregationValues.Metric(fields[i], aggregations.GetProperty("hi" + i));
            }
            statistics.Add(new FieldStatistics(fields[i].Name, count, distinct, min, max));
        }
        return (total, statistics);
    }
}
