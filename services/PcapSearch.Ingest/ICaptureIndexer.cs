using PcapSearch.Ingest.Messages;
using PcapSearch.Store;

namespace PcapSearch.Ingest;

/// <summary>
/// Reads a stored capture into the store (engine, then batched flow writes so flows are searchable while it
/// is read) and keeps its catalog record current: processing with bytes read, then done, done with warnings
/// or failed with the reason. Flow ids are deterministic, so indexing a capture again after a crash leaves
/// exactly the documents of one clean run.
/// </summary>
public interface ICaptureIndexer
{
    /// <param name="progress">Told the record a few times per second while reading, and at the end.</param>
    /// <returns>The final catalog record.</returns>
    CaptureRecord Index(CaptureReceived capture, IProgress<CaptureRecord>? progress = null, CancellationToken cancellation = default);
}
