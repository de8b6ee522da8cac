using System.Collections.Concurrent;

namespace PcapSearch.Flows.Engine;

/// <summary>
/// Hands ended flows to another thread, so that writing documents runs beside reading and
/// decoding on a second core. The inner sink is made on that thread, so it may wait for what it
/// needs (the capture's content id is computed while reading starts). The queue is bounded: a slow
/// writer slows the reader instead of growing memory.
/// </summary>
public sealed class BackgroundFlowSink : IFlowSink, IDisposable
{
    private readonly BlockingCollection<Flow> _queue = new(boundedCapacity: 65_536);
    private readonly Thread _writer;
    private Exception? _failure;

    /// <param name="createInner">Makes, on the background thread, the sink written there; it is disposed there when it is disposable.</param>
    public BackgroundFlowSink(Func<IFlowSink> createInner)
    {
        _writer = new Thread(() => Drain(createInner)) { IsBackground = true, Name = "flow writer" };
        _writer.Start();
    }

    public void Write(Flow flow)
    {
        if (_failure != null) Complete();
        _queue.Add(flow);
    }

    /// <summary>Waits until every queued flow is written; rethrows the writer's failure.</summary>
    public void Complete()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _writer.Join();
        if (_failure != null) throw new IOException("writing flows failed: " + _failure.Message, _failure);
    }

    private void Drain(Func<IFlowSink> createInner)
    {
        IFlowSink? inner = null;
        try
        {
            inner = createInner();
            foreach (var flow in _queue.GetConsumingEnumerable()) inner.Write(flow);
        }
        catch (Exception e)
        {
            _failure = e;
            while (_queue.TryTake(out _)) { }
        }
        try
        {
            (inner as IDisposable)?.Dispose();
        }
        catch (Exception e)
        {
            _failure ??= e;
        }
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _writer.Join();
        _queue.Dispose();
    }
}
