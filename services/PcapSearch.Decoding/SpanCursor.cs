using System.Buffers.Binary;

namespace PcapSearch.Decoding;

/// <summary>
/// A forward reader over a span with a sticky <see cref="Failed"/> flag (after Arkime's bsb): a read
/// past the end returns zero, consumes nothing and sets the flag, so a layer reads its whole header
/// and checks once. Positions are absolute within the span the cursor was made over.
/// </summary>
internal ref struct SpanCursor
{
    private readonly ReadOnlySpan<byte> _span;
    private int _position;
    private int _end;

    public SpanCursor(ReadOnlySpan<byte> span)
    {
        _span = span;
        _end = span.Length;
    }

    public bool Failed { get; private set; }

    /// <summary>Offset of the next byte from the start of the underlying span.</summary>
    public readonly int Position => _position;

    public readonly int Remaining => _end - _position;

    public readonly ReadOnlySpan<byte> Rest => _span[_position.._end];

    public readonly bool Has(int count) => (uint)count <= (uint)Remaining;

    /// <summary>Cuts the readable bytes to at most <paramref name="count"/> (drops Ethernet padding past an IP total length).</summary>
    public void Limit(int count)
    {
        if ((uint)count < (uint)Remaining) _end = _position + count;
    }

    public byte ReadByte() => Has(1) ? _span[_position++] : Fail<byte>();

    public ushort ReadUInt16()
    {
        if (!Has(2)) return Fail<ushort>();
        ushort value = BinaryPrimitives.ReadUInt16BigEndian(_span[_position..]);
        _position += 2;
        return value;
    }

    public uint ReadUInt32()
    {
        if (!Has(4)) return Fail<uint>();
        uint value = BinaryPrimitives.ReadUInt32BigEndian(_span[_position..]);
        _position += 4;
        return value;
    }

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (!Has(count))
        {
            Failed = true;
            return default;
        }
        ReadOnlySpan<byte> bytes = _span.Slice(_position, count);
        _position += count;
        return bytes;
    }

    public void Skip(int count)
    {
        if (Has(count)) _position += count;
        else Failed = true;
    }

    /// <summary>The next <paramref name="count"/> bytes without consuming them; false (and nothing read) when short.</summary>
    public readonly bool TryPeek(int count, out ReadOnlySpan<byte> bytes)
    {
        bool ok = Has(count);
        bytes = ok ? _span.Slice(_position, count) : default;
        return ok;
    }

    private T Fail<T>() where T : struct
    {
        Failed = true;
        return default;
    }
}
