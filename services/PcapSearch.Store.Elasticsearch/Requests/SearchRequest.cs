using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>
/// A page of hits: sort on the field then <c>event.id</c> (the tiebreak that makes <c>search_after</c> exact),
/// <c>_source</c> filtered to the chosen fields, the exact total (<c>track_total_hits</c>). The cursor is the last
/// hit's <c>sort</c> array, opaque (base64url JSON). With a point in time (exports) the body names the PIT
/// instead of the index and counts nothing.
/// </summary>
public static class SearchRequest
{
    public static JsonObject Body(JsonObject filter, FlowField sort, SortDirection direction, int size,
        IReadOnlyList<FlowField>? fields, string? after, (string Id, string KeepAlive)? pointInTime = null)
    {
        string order = direction == SortDirection.Ascending ? "asc" : "desc";
        var body = new JsonObject
        {
            ["query"] = filter.DeepClone(),
            ["size"] = size,
            ["sort"] = new JsonArray(
                new JsonObject { [sort.Name] = new JsonObject { ["order"] = order, ["missing"] = "_last" } },
                new JsonObject { ["event.id"] = new JsonObject { ["order"] = "asc" } }),
            ["track_total_hits"] = pointInTime is null,
            ["_source"] = fields is null ? true : new JsonObject { ["includes"] = new JsonArray(fields.Select(f => (JsonNode)f.Name).ToArray()) },
        };
        if (after is not null) body["search_after"] = DecodeCursor(after);
        if (pointInTime is { } pit) body["pit"] = new JsonObject { ["id"] = pit.Id, ["keep_alive"] = pit.KeepAlive };
        return body;
    }

    public static FlowHits Read(JsonElement answer, IReadOnlyList<FlowField> fields, int limit, IReadOnlyList<string> warnings)
    {
        var hitsObject = answer.GetProperty("hits");
        long total = hitsObject.TryGetProperty("total", out var t) && t.ValueKind == JsonValueKind.Object ? t.GetProperty("value").GetInt64() : 0;
        var hits = new List<FlowHit>();
        foreach (var hit in hitsObject.GetProperty("hits").EnumerateArray())
        {
            var values = hit.TryGetProperty("_source", out var source) ? SourceFields.Read(source, fields) : [];
            string cursor = hit.TryGetProperty("sort", out var sort) ? EncodeCursor(sort) : "";
            hits.Add(new FlowHit(hit.GetProperty("_id").GetString()!, values, cursor));
        }
        string? next = hits.Count == limit ? hits[^1].Cursor : null;
        return new FlowHits(hits, total, next, warnings);
    }

    public static string EncodeCursor(JsonElement sort) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(sort));

    public static JsonArray DecodeCursor(string cursor)
    {
        try
        {
            if (JsonNode.Parse(Base64Url.DecodeFromChars(cursor)) is JsonArray { Count: 2 } values
                && values.All(v => v is null || v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number))
            {
                return values;
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
        }
        throw new FlowQueryException("The paging cursor is not one this store gave out.");
    }
}
