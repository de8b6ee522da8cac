using PcapSearch.Enrichment;
using PcapSearch.Flows.Engine;
using PcapSearch.Store;

namespace PcapSearch.Ingest.Indexing;

/// <summary>How <see cref="CaptureIndexer"/> reads captures and how often it tells its progress.</summary>
public sealed record IndexerOptions
{
    public EngineOptions Engine { get; init; } = new();

    /// <summary>The enrichment stage between the engine and the store (GeoIP, ASN, MAC vendor); none by default.</summary>
    public FlowEnricher Enricher { get; init; } = FlowEnricher.None;

    /// <summary>
    /// Flows per store write: each committed batch is searchable at once. The default is what the embedded store writes
    /// at once (<see cref="StoreFlowSink"/>): smaller transactions go through DuckDB's write-ahead log and are compressed
    /// again at its checkpoint (docs/store.md "Write speed").
    /// </summary>
    public int BatchSize { get; init; } = StoreFlowSink.DefaultBatchSize;

    /// <summary>Least time between two progress updates of the catalog record (and of the caller's progress).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
