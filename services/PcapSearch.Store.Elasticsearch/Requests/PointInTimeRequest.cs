using System.Text.Json;
using System.Text.Json.Nodes;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>Point-in-time ids: from the <c>_pit</c> answer, the newest one each search answer returns, and the close body.</summary>
public static class PointInTimeRequest
{
    public static string ReadId(JsonElement answer) => answer.GetProperty("id").GetString()!;

    /// <summary>A search may answer with a new PIT id; the next request must use it.</summary>
    public static string NextId(JsonElement answer, string current) =>
        answer.TryGetProperty("pit_id", out var id) && id.GetString() is { } next ? next : current;

    public static JsonObject CloseBody(string id) => new() { ["id"] = id };
}
