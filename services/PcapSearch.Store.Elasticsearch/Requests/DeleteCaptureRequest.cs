using System.Text.Json;
using System.Text.Json.Nodes;
using PcapSearch.Store.Elasticsearch.Dsl;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary><c>_delete_by_query</c> of one capture's flows: the body, and the number deleted from the answer.</summary>
public static class DeleteCaptureRequest
{
    public static JsonObject Body(string captureId) => new() { ["query"] = Clauses.Term("pcap.capture.id", captureId) };

    public static long Read(JsonElement answer)
    {
        if (answer.TryGetProperty("failures", out var failures) && failures.GetArrayLength() > 0)
        {
            throw new ElasticsearchException("_delete_by_query left documents behind: " + failures[0].GetRawText(), 200, null);
        }
        return answer.GetProperty("deleted").GetInt64();
    }
}
