using PcapSearch.Flows;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Store;

/// <summary>
/// Writes ended flows to a store in batches while the capture is still being read, so a large capture becomes
/// searchable as it goes. A full batch is written on another thread while the next one fills (one write at a time, in
/// order), so reading the capture and writing the store share the cores. <see cref="Complete"/> writes the last batch
/// and waits for it; a write that failed is thrown by the next <see cref="Write"/> or by <see cref="Complete"/>.
/// <see cref="Dispose"/> waits for a write under way, so nothing of a capture whose reading failed is written after.
/// </summary>
/// <param name="batchSize">Flows per store write; default <see cref="DefaultBatchSize"/>.</param>
public sealed class StoreFlowSink(IFlowStore store, CaptureSource capture, int? batchSize = null) : IFlowSink, IDisposable
{
    /// <summary>As many flows as the default embedded store writes at once: <see cref="BulkOptions.BatchSize"/> (one DuckDB row group) times <see cref="BulkOptions.Writers"/>.</summary>
    public static int DefaultBatchSize => BulkOptions.Default.BatchSize * BulkOptions.Default.Writers;

    private readonly int _batchSize = batchSize ?? DefaultBatchSize;
    private List<Flow> _batch = [];
    private Task _writing = Task.CompletedTask;
    private long _written;

    /// <summary>Flows the store has taken (batches written, not those being written).</summary>
    public long Written => Interlocked.Read(ref _written);

    public void Write(Flow flow)
    {
        _batch.Add(flow);
        if (_batch.Count >= _batchSize) HandOver();
    }

    public void Complete()
    {
        HandOver();
        _writing.GetAwaiter().GetResult();
    }

    /// <summary>Waits for the write under way (throwing its failure), then starts writing the batch filled so far.</summary>
    private void HandOver()
    {
        _writing.GetAwaiter().GetResult();
        if (_batch.Count == 0) return;
        var batch = _batch;
        _batch = new List<Flow>(_batchSize);
        // A thread of its own: a write blocks for seconds, which the thread pool (serve's requests) should not pay for.
        _writing = Task.Factory.StartNew(() =>
        {
            store.UpsertFlows(capture, batch);
            Interlocked.Add(ref _written, batch.Count);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Waits for a write under way without throwing its failure (the caller is leaving on a failure of its own, or already saw it).</summary>
    public void Dispose() => Task.WhenAny(_writing).GetAwaiter().GetResult();
}
