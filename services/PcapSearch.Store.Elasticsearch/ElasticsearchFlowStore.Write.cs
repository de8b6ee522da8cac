using System.Text.Json;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Store.Elasticsearch.Bulk;
using PcapSearch.Store.Elasticsearch.Requests;

namespace PcapSearch.Store.Elasticsearch;

public sealed partial class ElasticsearchFlowStore
{
    public void UpsertFlows(CaptureSource capture, IReadOnlyList<Flow> flows)
    {
        ArgumentNullException.ThrowIfNull(capture);
        ArgumentNullException.ThrowIfNull(flows);
        var sender = new BulkSender(SendBulk, _options.MaxRetries, _options.RetryDelay, _options.MaxRetryDelay, Thread.Sleep);
        foreach (var batch in FlowBatches.Build(capture, flows, Names, _options.BulkBytes)) sender.Send(batch);
    }

    private JsonElement SendBulk(ReadOnlyMemory<byte> body)
    {
        string path = "/_bulk?refresh=" + Refresh(_options.Refresh);
        var (_, document) = Transport.Send(HttpMethod.Post, path, body, "application/x-ndjson");
        using (document) return document?.RootElement.Clone() ?? throw new ElasticsearchException("_bulk answered with no body.", 200, null);
    }

    internal static string Refresh(BulkRefresh refresh) => refresh switch
    {
        BulkRefresh.None => "false",
        BulkRefresh.Immediate => "true",
        _ => "wait_for",
    };

    public long DeleteCapture(string captureId)
    {
        ArgumentNullException.ThrowIfNull(captureId);
        var answer = Transport.Json(HttpMethod.Post,
            "/" + Names.Flows + "/_delete_by_query?allow_no_indices=true&ignore_unavailable=true&conflicts=proceed&refresh=true",
            DeleteCaptureRequest.Body(captureId));
        long deleted = DeleteCaptureRequest.Read(answer);
        Transport.Send(HttpMethod.Delete, "/" + Names.Captures + "/_doc/" + Escape(captureId) + "?refresh=" + Refresh(_options.Refresh), accept: 404).Body?.Dispose();
        return deleted;
    }
}
