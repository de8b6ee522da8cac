using PcapSearch.Flows;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Store;

/// <summary>
/// Where flow documents live and are searched: the one contract every backend (embedded DuckDB,
/// Elasticsearch) implements. Writes have audit semantics: an error escapes to the caller, nothing is
/// dropped silently. Reads take a <see cref="FlowQuery"/> (KQL, time range, captures) and answer with
/// warnings alongside the result (a field no document has matches nothing and is named in a warning).
/// </summary>
public interface IFlowStore : IDisposable
{
    /// <summary>
    /// Writes the flows of one capture, replacing any document with the same id (<c>event.id</c>, see
    /// <see cref="Flows.Documents.FlowId"/>): the same capture twice leaves the same documents.
    /// The capture's id is <see cref="CaptureSource.Id"/>; its name fills <c>pcap.capture.file</c>.
    /// </summary>
    void UpsertFlows(CaptureSource capture, IReadOnlyList<Flow> flows);

    /// <summary>Removes every flow document of the capture; returns how many there were.</summary>
    long DeleteCapture(string captureId);

    /// <summary>One page of hits in the requested order; pass <see cref="FlowHits.NextCursor"/> back for the next.</summary>
    FlowHits Search(FlowQuery query);

    /// <summary>The <paramref name="topN"/> most frequent values of each field among the matching flows, in one call.</summary>
    FlowFacets Facets(FlowQuery query, IReadOnlyList<string> fields, int topN);
}
