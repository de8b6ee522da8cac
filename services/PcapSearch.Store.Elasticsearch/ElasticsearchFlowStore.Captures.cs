using PcapSearch.Store.Elasticsearch.Requests;

namespace PcapSearch.Store.Elasticsearch;

public sealed partial class ElasticsearchFlowStore
{
    /// <summary>The most catalog records <see cref="Captures"/> reads (a search's default window).</summary>
    public const int MaxCaptures = 10_000;

    public void UpsertCapture(CaptureRecord capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        Transport.Json(HttpMethod.Put, "/" + Names.Captures + "/_doc/" + Escape(capture.Id) + "?refresh=" + Refresh(_options.Refresh), CaptureDocuments.Document(capture));
    }

    public CaptureRecord? Capture(string captureId)
    {
        ArgumentNullException.ThrowIfNull(captureId);
        var (status, document) = Transport.Send(HttpMethod.Get, "/" + Names.Captures + "/_doc/" + Escape(captureId), accept: 404);
        using (document)
        {
            if (status == 404 || document is null || !document.RootElement.TryGetProperty("_source", out var source)) return null;
            return CaptureDocuments.Read(source);
        }
    }

    public IReadOnlyList<CaptureRecord> Captures() =>
        CaptureDocuments.ReadList(Transport.Json(HttpMethod.Post, "/" + Names.Captures + "/_search?ignore_unavailable=true", CaptureDocuments.ListBody(MaxCaptures)));
}
