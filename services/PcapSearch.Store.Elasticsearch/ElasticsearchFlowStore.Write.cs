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
        var (_, document) = Transport.Send(HttpMethod.Post, RestPaths.Bulk(_options.Refresh), body, "application/x-ndjson");
        using (document) return document?.RootElement.Clone() ?? throw new ElasticsearchException("_bulk answered with no body.", 200, null);
    }

    public long DeleteCapture(string captureId)
    {
        ArgumentNullException.ThrowIfNull(captureId);
        var answer = Transport.Json(HttpMethod.Post, RestPaths.DeleteByQuery(Names.Flows), DeleteCaptureRequest.Body(captureId));
        long deleted = DeleteCaptureRequest.Read(answer);
        Transport.Send(HttpMethod.Delete, RestPaths.WriteDocument(Names.Captures, captureId, _options.Refresh), accept: 404).Body?.Dispose();
        return deleted;
    }
}
