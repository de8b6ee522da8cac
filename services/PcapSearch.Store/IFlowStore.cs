using PcapSearch.Flows;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Store;

/// <summary>
/// Where flow documents, host documents and capture records live and are searched: the one contract every
/// backend (embedded DuckDB, Elasticsearch) implements and one contract test suite checks. Writes have audit
/// semantics: an error escapes to the caller, nothing is dropped silently. Reads take a <see cref="FlowQuery"/>
/// (KQL, time range, captures) and answer with warnings alongside the result (a field no document has matches
/// nothing and is named in a warning).
/// </summary>
public interface IFlowStore : IDisposable
{
    /// <summary>
    /// Writes the flows of one capture, replacing any document with the same id (<c>event.id</c>, see
    /// <see cref="Flows.Documents.FlowId"/>): the same capture twice leaves the same documents.
    /// The capture's id is <see cref="CaptureSource.Id"/>; its name fills <c>pcap.capture.file</c>.
    /// </summary>
    void UpsertFlows(CaptureSource capture, IReadOnlyList<Flow> flows);

    /// <summary>
    /// How many <see cref="UpsertFlows"/> calls of one capture's batches the store writes at once to good effect (the
    /// embedded store: one per writer); <see cref="StoreFlowSink"/> keeps that many under way. Further calls wait.
    /// </summary>
    int ConcurrentWrites => 1;

    /// <summary>
    /// Told when a capture's flows are all written (the indexer calls it before it records the capture as done): a
    /// backend may prepare its reads now instead of making the first read after the writes wait. Most have nothing to do.
    /// </summary>
    void Settle()
    {
    }

    /// <summary>Removes every flow and host document and the catalog record of the capture; returns how many flows there were.</summary>
    long DeleteCapture(string captureId);

    /// <summary>One page of hits in the requested order; pass <see cref="FlowHits.NextCursor"/> back for the next.</summary>
    FlowHits Search(FlowQuery query);

    /// <summary>Every matching flow in the query's order, read a page at a time (the query's limit is the page size).</summary>
    IEnumerable<FlowHit> Export(FlowQuery query);

    /// <summary>
    /// The <paramref name="topN"/> most frequent values of each field among the matching flows, in one call. With a
    /// <paramref name="weight"/> (a single-valued number field such as <c>source.bytes</c>), each value's count is the
    /// sum of that field over its flows instead (a flow without it adds 0), and so are other and missing: the top
    /// talkers by bytes rather than by flows.
    /// </summary>
    FlowFacets Facets(FlowQuery query, IReadOnlyList<string> fields, int topN, string? weight = null);

    /// <summary>Matching flows per time bucket, optionally split by a field's top values.</summary>
    FlowHistogram Histogram(FlowQuery query, HistogramRequest request);

    /// <summary>Who talked to whom among the matching flows: weighted source-to-destination edges.</summary>
    FlowGraph Graph(FlowQuery query, GraphRequest request);

    /// <summary>Presence, distinct count and range of each field among the matching flows.</summary>
    FlowFieldStatistics FieldStatistics(FlowQuery query, IReadOnlyList<string> fields);

    /// <summary>The host document of one address (IPv4 or IPv6 text), merged over the captures the query allows; null when no flow has it.</summary>
    HostDocument? Host(string ip, FlowQuery scope);

    /// <summary>The hosts of the matching flows, largest first by the chosen order.</summary>
    HostList Hosts(HostQuery query);

    /// <summary>Creates or replaces the catalog record with the record's id.</summary>
    void UpsertCapture(CaptureRecord capture);

    CaptureRecord? Capture(string captureId);

    /// <summary>Every catalog record, the most recently received first.</summary>
    IReadOnlyList<CaptureRecord> Captures();
}
