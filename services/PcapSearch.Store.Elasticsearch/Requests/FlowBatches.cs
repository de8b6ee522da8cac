using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Store.Elasticsearch.Bulk;

namespace PcapSearch.Store.Elasticsearch.Requests;

/// <summary>
/// A capture's flows as <c>_bulk</c> bodies of at most the given size (a single larger document goes alone):
/// each an <c>index</c> action with <c>_id</c> = <c>event.id</c> into the month's index, then the document
/// exactly as <see cref="FlowDocumentWriter"/> writes it.
/// </summary>
public static class FlowBatches
{
    public static IEnumerable<BulkBatch> Build(CaptureSource capture, IReadOnlyList<Flow> flows, IndexNames names, int maxBytes)
    {
        var batch = new BulkBatch();
        using var line = new MemoryStream();
        using var writer = new FlowDocumentWriter(line, capture);
        var ids = new FlowId(capture.Id);
        foreach (var flow in flows)
        {
            line.SetLength(0);
            writer.Write(flow);
            // The action line is under 100 bytes: prefix, index name, 24-character id.
            long itemBytes = line.Length + 100;
            if (batch.Count > 0 && batch.Bytes + itemBytes > maxBytes)
            {
                yield return batch;
                batch = new BulkBatch();
            }
            batch.AddIndex(names.FlowIndex(flow.FirstNs), ids.Compute(flow), line.GetBuffer().AsSpan(0, (int)line.Length));
        }
        if (batch.Count > 0) yield return batch;
    }
}
