using PcapSearch.Flows;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Store;

/// <summary>
/// Writes ended flows to a store in batches while the capture is still being read, so a large capture becomes
/// searchable as it goes. A full batch is written on another thread while the next ones fill, with as many writes under
/// way as the store takes at once (<see cref="IFlowStore.ConcurrentWrites"/>), so reading the capture and writing the
/// store share the cores and no writer waits for another's batch to end. <see cref="Complete"/> writes the last batch
/// and waits for every write; a write that failed is thrown by a later <see cref="Write"/> or by <see cref="Complete"/>.
/// <see cref="Dispose"/> waits for the writes under way, so nothing of a capture whose reading failed is written after.
/// </summary>
/// <param name="batchSize">Flows per store write; default <see cref="DefaultBatchSize"/>.</param>
public sealed class StoreFlowSink(IFlowStore store, CaptureSource capture, int? batchSize = null) : IFlowSink, IDisposable
{
    /// <summary>As many flows as the default embedded store writes in one transaction: <see cref="BulkOptions.BatchSize"/> (one DuckDB row group).</summary>
    public static int DefaultBatchSize => BulkOptions.Default.BatchSize;

    private readonly int _batchSize = batchSize ?? DefaultBatchSize;
    private readonly int _writesAtOnce = Math.Max(1, store.ConcurrentWrites);
    private readonly Queue<Task> _writing = [];
    private List<Flow> _batch = [];
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
        while (_writing.Count > 0) _writing.Dequeue().GetAwaiter().GetResult();
    }

    /// <summary>Waits until fewer writes than the store takes at once are under way (throwing a failure), then starts writing the batch filled so far.</summary>
    private void HandOver()
    {
        if (_writing.FirstOrDefault(write => write.IsFaulted) is { } failed) failed.GetAwaiter().GetResult();
        while (_writing.Count >= _writesAtOnce) _writing.Dequeue().GetAwaiter().GetResult();
        if (_batch.Count == 0) return;
        var batch = _batch;
        _batch = new List<Flow>(_batchSize);
        // A thread of its own: a write blocks for seconds, which the thread pool (serve's requests) should not pay for.
        _writing.Enqueue(Task.Factory.StartNew(() =>
        {
            store.UpsertFlows(capture, batch);
            Interlocked.Add(ref _written, batch.Count);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
    }

    /// <summary>Waits for the writes under way without throwing their failures (the caller is leaving on a failure of its own, or already saw it).</summary>
    public void Dispose() => Task.WhenAny(Task.WhenAll(_writing)).GetAwaiter().GetResult();
}
