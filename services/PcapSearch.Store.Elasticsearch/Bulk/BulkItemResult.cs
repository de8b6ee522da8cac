using System.Text.Json;

namespace PcapSearch.Store.Elasticsearch.Bulk;

/// <summary>One item of a <c>_bulk</c> answer: the action's status and, when it failed, Elasticsearch's error.</summary>
public sealed record BulkItemResult(string? Id, int Status, string? ErrorType, string? Reason)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The items of a <c>_bulk</c> answer, in request order (each item is an object with one key: the action).</summary>
    public static IReadOnlyList<BulkItemResult> Read(JsonElement response)
    {
        var items = new List<BulkItemResult>();
        foreach (var item in response.GetProperty("items").EnumerateArray())
        {
            var result = item.EnumerateObject().First().Value;
            string? type = null, reason = null;
            if (result.TryGetProperty("error", out var error))
            {
                type = error.TryGetProperty("type", out var t) ? t.GetString() : null;
                reason = error.TryGetProperty("reason", out var r) ? r.GetString() : null;
            }
            items.Add(new BulkItemResult(
                result.TryGetProperty("_id", out var id) ? id.GetString() : null,
                result.GetProperty("status").GetInt32(),
                type,
                reason));
        }
        return items;
    }
}
