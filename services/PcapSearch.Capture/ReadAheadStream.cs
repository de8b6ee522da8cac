using System.Runtime.ExceptionServices;

namespace PcapSearch.Capture;

/// <summary>
/// Reads a stream ahead on a thread of its own, so the thread that parses packets never waits in the kernel's read or
/// in a decompressor: while it takes one chunk, up to <see cref="ChunksAhead"/> more are filled. A failure of the
/// inner stream is thrown by the <see cref="Read(Span{byte})"/> that reaches it, after every byte read before it, so
/// callers see the same bytes and the same exception as when reading the inner stream themselves.
/// </summary>
internal sealed class ReadAheadStream : ForwardOnlyStream
{
    private const int ChunkSize = 1 << 20;
    private const int ChunksAhead = 3;

    private readonly Stream _inner;
    private readonly Thread _reader;
    private readonly object _lock = new(); // Monitor.Wait and Pulse need a monitor, not a Lock
    private readonly Queue<Chunk> _filled = new();
    private readonly Stack<byte[]> _free = new();
    private bool _innerEnded;
    private bool _disposed;
    private Chunk _current = new([], 0, null);
    private int _taken;

    public ReadAheadStream(Stream inner)
    {
        _inner = inner;
        for (int i = 0; i <= ChunksAhead; i++) _free.Push(GC.AllocateUninitializedArray<byte>(ChunkSize));
        _reader = new Thread(ReadInner) { IsBackground = true, Name = "capture read-ahead" };
        _reader.Start();
    }

    /// <summary>A filled chunk: <see cref="Length"/> bytes, then the inner stream's failure when it failed there.</summary>
    private readonly record struct Chunk(byte[] Buffer, int Length, ExceptionDispatchInfo? Failure);

    private void ReadInner()
    {
        while (true)
        {
            byte[] buffer;
            lock (_lock)
            {
                while (_free.Count == 0 && !_disposed) Monitor.Wait(_lock);
                if (_disposed) return;
                buffer = _free.Pop();
            }
            int length = 0;
            ExceptionDispatchInfo? failure = null;
            bool ended = false;
            try
            {
                while (length < buffer.Length)
                {
                    int read = _inner.Read(buffer, length, buffer.Length - length);
                    if (read == 0)
                    {
                        ended = true;
                        break;
                    }
                    length += read;
                }
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            lock (_lock)
            {
                _filled.Enqueue(new Chunk(buffer, length, failure));
                _innerEnded = ended || failure is not null;
                Monitor.PulseAll(_lock);
            }
            if (_innerEnded) return;
        }
    }

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_taken == _current.Length && !NextChunk()) return 0;
        int count = Math.Min(buffer.Length, _current.Length - _taken);
        _current.Buffer.AsSpan(_taken, count).CopyTo(buffer);
        _taken += count;
        return count;
    }

    /// <summary>Gives the taken chunk back and waits for the next; false at the end of the inner stream.</summary>
    private bool NextChunk()
    {
        _current.Failure?.Throw();
        lock (_lock)
        {
            if (_current.Buffer.Length > 0)
            {
                _free.Push(_current.Buffer);
                Monitor.PulseAll(_lock);
            }
            _current = new Chunk([], 0, null);
            _taken = 0;
            while (_filled.Count == 0 && !_innerEnded) Monitor.Wait(_lock);
            if (_filled.Count == 0) return false;
            _current = _filled.Dequeue();
        }
        if (_current.Length == 0)
        {
            _current.Failure?.Throw();
            return false;
        }
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            lock (_lock)
            {
                _disposed = true;
                Monitor.PulseAll(_lock);
            }
            _reader.Join();
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override bool CanRead => !_disposed;
}
