using System.Collections.Concurrent;

namespace PcapSearch.Flows.Engine;

/// <summary>
/// Writes flow documents on other threads, so that formatting runs beside reading and decoding, and on every core once
/// reading is done (a capture's open flows all end together at its end). Flows go in batches to the writer threads,
/// each with its own inner sink writing into its own buffer; the buffers reach the output in the order the flows
/// arrived, so the output is the same as one writer's. The queue is bounded: slow writers slow the reader instead of
/// growing memory.
/// </summary>
public sealed class BackgroundFlowSink : IFlowSink, IDisposable
{
    private const int BatchFlows = 1024;

    private readonly BlockingCollection<(long Sequence, List<Flow> Flows)> _queue = new(boundedCapacity: 64);
    private readonly Stream _output;
    private readonly Thread[] _writers;
    private readonly object _order = new();
    private List<Flow> _batch = new(BatchFlows);
    private long _sequence;
    private long _nextToOutput;
    private Exception? _failure;

    /// <param name="output">Where the documents go, in the flows' order.</param>
    /// <param name="createInner">
    /// Makes, on each writer thread, the sink written there over the stream it is given (the thread's buffer); it may
    /// wait for what it needs (the capture's content id is computed while reading starts), and is disposed there.
    /// </param>
    /// <param name="writers">Writer threads: two measured fastest on two cores (one beside the reader while it reads, both after).</param>
    public BackgroundFlowSink(Stream output, Func<Stream, IFlowSink> createInner, int writers = 2)
    {
        _output = output;
        _writers = [.. Enumerable.Range(0, writers).Select(i => new Thread(() => Drain(createInner)) { IsBackground = true, Name = $"flow writer {i + 1}" })];
        foreach (var writer in _writers) writer.Start();
    }

    public void Write(Flow flow)
    {
        _batch.Add(flow);
        if (_batch.Count == BatchFlows) Send();
    }

    /// <summary>Waits until every flow is written; rethrows a writer's failure.</summary>
    public void Complete()
    {
        Finish();
        if (_failure != null) throw new IOException("writing flows failed: " + _failure.Message, _failure);
    }

    /// <summary>Sends the last batch, then waits for the writers to write everything sent.</summary>
    private void Finish()
    {
        if (!_queue.IsAddingCompleted)
        {
            if (_batch.Count > 0 && _failure == null) Send();
            _queue.CompleteAdding();
        }
        foreach (var writer in _writers) writer.Join();
    }

    private void Send()
    {
        if (_failure != null) Complete();
        _queue.Add((_sequence++, _batch));
        _batch = new List<Flow>(BatchFlows);
    }

    private void Drain(Func<Stream, IFlowSink> createInner)
    {
        var buffer = new MemoryStream();
        IFlowSink? inner = null;
        try
        {
            inner = createInner(buffer);
            foreach (var (sequence, flows) in _queue.GetConsumingEnumerable())
            {
                foreach (var flow in flows) inner.Write(flow);
                inner.Flush();
                Output(sequence, buffer);
            }
        }
        catch (Exception e)
        {
            Fail(e);
        }
        try
        {
            (inner as IDisposable)?.Dispose();
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    /// <summary>Waits for the batches before <paramref name="sequence"/> to reach the output, then writes this one's documents.</summary>
    private void Output(long sequence, MemoryStream buffer)
    {
        lock (_order)
        {
            while (_nextToOutput != sequence && _failure == null) Monitor.Wait(_order);
            if (_failure != null) return;
            _output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            buffer.SetLength(0);
            _nextToOutput++;
            Monitor.PulseAll(_order);
        }
    }

    /// <summary>Records the first failure, wakes writers waiting for their turn and drops what is queued.</summary>
    private void Fail(Exception e)
    {
        lock (_order)
        {
            _failure ??= e;
            Monitor.PulseAll(_order);
        }
        while (_queue.TryTake(out _)) { }
    }

    /// <summary>Writes what was handed over (as <see cref="Complete"/>, without rethrowing), then releases the queue.</summary>
    public void Dispose()
    {
        Finish();
        _queue.Dispose();
    }
}
