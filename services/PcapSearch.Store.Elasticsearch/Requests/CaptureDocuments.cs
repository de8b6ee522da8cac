using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>Catalog records as documents of the captures index (snake_case names, the status as text; the mapping is deploy/elasticsearch/captures.index-template.json).</summary>
public static class CaptureDocuments
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static JsonObject Document(CaptureRecord capture) => JsonSerializer.SerializeToNode(capture, Options)!.AsObject();

    public static CaptureRecord Read(JsonElement source) =>
        source.Deserialize<CaptureRecord>(Options) ?? throw new JsonException("A capture document is null.");

    /// <summary>Every record, the most recently received first (the catalog holds one document per capture, far fewer than the page).</summary>
    public static JsonObject ListBody(int size) => new()
    {
        ["query"] = Dsl.Clauses.MatchAll(),
        ["size"] = size,
        ["sort"] = new JsonArray(new JsonObject { ["received"] = new JsonObject { ["order"] = "desc" } }, new JsonObject { ["id"] = new JsonObject { ["order"] = "asc" } }),
    };

    public static List<CaptureRecord> ReadList(JsonElement answer) =>
        answer.GetProperty("hits").GetProperty("hits").EnumerateArray().Select(h => Read(h.GetProperty("_source"))).ToList();
}
