using System.Globalization;
using System.Text.Json;
using PcapSearch.Flows.Documents;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>Values in aggregation answers as the contract gives them: bucket keys and metric values by field type.</summary>
public static class AggregationValues
{
    /// <summary>The format date metrics and keys are asked in, so nanoseconds survive (a date_nanos key is otherwise milliseconds).</summary>
    public const string NanosFormat = "strict_date_optional_time_nanos";

    /// <summary>A terms bucket's key: long for numbers, ISO 8601 UTC for dates (<c>key_as_string</c>), text otherwise.</summary>
    public static object Key(FlowField field, JsonElement bucket) => field.Type switch
    {
        FieldType.Long => bucket.GetProperty("key").GetInt64(),
        FieldType.Date => Iso(bucket.GetProperty("key_as_string").GetString()!),
        _ => bucket.GetProperty("key").ValueKind == JsonValueKind.String ? bucket.GetProperty("key").GetString()! : bucket.GetProperty("key").GetRawText(),
    };

    /// <summary>A min/max metric: null without documents; long for numbers; ISO 8601 UTC for dates.</summary>
    public static object? Metric(FlowField field, JsonElement metric)
    {
        if (!metric.TryGetProperty("value", out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (field.Type == FieldType.Date) return Iso(metric.GetProperty("value_as_string").GetString()!);
        return (long)value.GetDouble();
    }

    public static long Sum(JsonElement aggregations, string name) => (long)aggregations.GetProperty(name).GetProperty("value").GetDouble();

    /// <summary>A date as Elasticsearch formats it, rewritten as the documents write dates: UTC with the fraction's significant digits (none, 3, 6 or 9).</summary>
    public static string Iso(string text)
    {
        if (!Sql.DateMath.TryParseIso(text, out long ns)) return text;
        long fraction = ((ns % 1_000_000_000) + 1_000_000_000) % 1_000_000_000;
        int digits = fraction == 0 ? 0 : fraction % 1_000_000 == 0 ? 3 : fraction % 1_000 == 0 ? 6 : 9;
        return EcsValues.FormatTimestamp(ns, digits);
    }

    public static long Ns(string iso) => Sql.DateMath.TryParseIso(iso, out long ns) ? ns : throw new FormatException($"'{iso}' is not an ISO 8601 time.");

    public static string Format(long ns) => EcsValues.FormatTimestamp(ns, 9);

    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
