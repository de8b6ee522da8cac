using System.Collections.Concurrent;

namespace PcapSearch.Flows.Engine;

/// <summary>
/// Hands ended flows to another thread, so that writing documents runs beside reading and
/// decoding on a second core. The inner sink is made on that thread once <paramref name="source"/>
/// is known (the capture's SHA-256 is computed while reading starts). The queue is bounded: a slow
/// writer slows the reader instead of growing memory.
/// </summary>
public sealed class BackgroundFlowSink : IFlowSink, IDisposable
{
    private readonly BlockingCollection<Flow> _queue = new(boundedCapacity: 16_384);
    private readonly Thread _writer;
    private Exception? _failure;

    public BackgroundFlowSink(Task<CaptureSource> source, Func<CaptureSource, IFlowSink> createSink)
    {
        _writer = new Thread(() => Drain(source, createSink)) { IsBackground = true, Name = "flow writer" };
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

    private void Drain(Task<CaptureSource> source, Func<CaptureSource, IFlowSink> createSink)
    {
        try
        {
            var sink = createSink(source.GetAwaiter().GetResult());
            try
            {
                foreach (var flow in _queue.GetConsumingEnumerable()) sink.Write(flow);
            }
            finally
            {
                (sink as IDisposable)?.Dispose();
            }
        }
        catch (Exception e)
        {
            _failure = e;
            while (_queue.TryTake(out _)) { }
        }
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _writer.Join();
        _queue.Dispose();
    }
}
