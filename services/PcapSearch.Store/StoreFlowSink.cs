using PcapSearch.Flows;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Store;

/// <summary>
/// Writes ended flows to a store in batches while the capture is still being read, so a large
/// capture becomes searchable as it goes. <see cref="Complete"/> writes the last batch. A batch is the store's
/// transaction size by default (<see cref="BulkOptions.BatchSize"/>, one DuckDB row group).
/// </summary>
public sealed class StoreFlowSink(IFlowStore store, CaptureSource capture, int? batchSize = null) : IFlowSink
{
    private readonly int _batchSize = batchSize ?? BulkOptions.Default.BatchSize;
    private readonly List<Flow> _batch = [];

    public long Written { get; private set; }

    public void Write(Flow flow)
    {
        _batch.Add(flow);
        if (_batch.Count >= _batchSize) WriteBatch();
    }

    public void Complete() => WriteBatch();

    private void WriteBatch()
    {
        if (_batch.Count == 0) return;
        store.UpsertFlows(capture, _batch);
        Written += _batch.Count;
        _batch.Clear();
    }
}
