using System.Buffers;
using ZstdSharp;

namespace PcapSearch.Capture;

/// <summary>
/// One reusable buffer refilled from the (possibly decompressing) input stream. Callers ask for
/// <c>n</c> bytes at the read position and get a span into the buffer; unconsumed bytes are moved to
/// the front before a refill, and the buffer grows only when a single request exceeds it.
/// </summary>
internal sealed class InputWindow : IDisposable
{
    private readonly Stream _stream;
    private readonly bool _compressed;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _endOfInput;

    /// <param name="seed">Bytes already taken from <paramref name="stream"/> while detecting the format.</param>
    public InputWindow(Stream stream, bool compressed, ReadOnlySpan<byte> seed, int sizeHint)
    {
        _stream = stream;
        _compressed = compressed;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, seed.Length));
        seed.CopyTo(_buffer);
        _end = seed.Length;
    }

    /// <summary>Absolute offset (in the uncompressed capture) of the read position.</summary>
    public long Position => _bufferOffset + _start;

    public int Available => _end - _start;

    /// <summary>Set when the decompressor failed; the text of its complaint.</summary>
    public string? CompressionFault { get; private set; }

    /// <summary>Offset in the uncompressed capture where the decompressor failed.</summary>
    public long CompressionFaultOffset { get; private set; }

    /// <summary>The bytes from the read position to the end of what is buffered.</summary>
    public ReadOnlySpan<byte> Buffered => new(_buffer, _start, _end - _start);

    /// <summary>Makes <paramref name="count"/> bytes available at the read position; false if the input ends first.</summary>
    public bool Ensure(int count)
    {
        if (_end - _start >= count) return true;
        return Fill(count);
    }

    /// <summary>Span of <paramref name="count"/> bytes at <paramref name="offset"/> from the read position; call <see cref="Ensure"/> first.</summary>
    public ReadOnlySpan<byte> Peek(int offset, int count) => new(_buffer, _start + offset, count);

    public void Advance(int count) => _start += count;

    private bool Fill(int count)
    {
        if (_endOfInput) return false;
        if (_buffer.Length - _start < count) MakeRoom(count);
        while (_end - _start < count)
        {
            int read = ReadStream(_buffer.AsSpan(_end));
            if (read == 0)
            {
                _endOfInput = true;
                return false;
            }
            _end += read;
        }
        return true;
    }

    private void MakeRoom(int count)
    {
        int live = _end - _start;
        if (count > _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(count, _buffer.Length * 2));
            _buffer.AsSpan(_start, live).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else
        {
            _buffer.AsSpan(_start, live).CopyTo(_buffer);
        }
        _bufferOffset += _start;
        _start = 0;
        _end = live;
    }

    private int ReadStream(Span<byte> target)
    {
        if (!_compressed) return _stream.Read(target);
        try
        {
            return _stream.Read(target);
        }
        catch (Exception e) when (e is InvalidDataException or ZstdException or EndOfStreamException)
        {
            CompressionFault = e.Message;
            CompressionFaultOffset = _bufferOffset + _end;
            return 0;
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _start = _end = 0;
    }
}
