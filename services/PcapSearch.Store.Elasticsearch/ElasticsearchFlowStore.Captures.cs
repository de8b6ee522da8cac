using PcapSearch.Store.Elasticsearch.Requests;

namespace PcapSearch.Store.Elasticsearch;

public sealed partial class ElasticsearchFlowStore
{
    /// <summary>The most catalog records <see cref="Captures"/> reads (a search's default window).</summary>
    public const int MaxCaptures = 10_000;

    public void UpsertCapture(CaptureRecord capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        Transport.Json(HttpMethod.Put, RestPaths.WriteDocument(Names.Captures, capture.Id, _options.Refresh), CaptureDocuments.Document(capture));
    }

    public CaptureRecord? Capture(string captureId)
    {
        ArgumentNullException.ThrowIfNull(captureId);
        var (status, document) = Transport.Send(HttpMethod.Get, RestPaths.Document(Names.Captures, captureId), accept: 404);
        using (document)
        {
            if (status == 404 || document is null || !document.RootElement.TryGetProperty("_source", out var source)) return null;
            return CaptureDocuments.Read(source);
        }
    }

    public IReadOnlyList<CaptureRecord> Captures() =>
        CaptureDocuments.ReadList(Transport.Json(HttpMethod.Post, RestPaths.SearchOne(Names.Captures), CaptureDocuments.ListBody(MaxCaptures)));
}
