namespace PcapSearch.Flows.Protocols.Tls;

/// <summary>
/// One direction's bytes kept across TCP segments while a message is incomplete, with a hard cap.
/// The array is allocated only when a message actually spans segments and is released once the
/// message has been read. Shared by the TLS and SSH parsers.
/// </summary>
internal struct SegmentBuffer
{
    private byte[]? _data;
    private int _length;

    public readonly int Length => _length;
    public readonly bool IsEmpty => _length == 0;
    public readonly ReadOnlySpan<byte> Span => _data.AsSpan(0, _length);

    /// <summary>Appends, or returns false (keeping nothing new) when the total would pass <paramref name="cap"/>.</summary>
    public bool TryAppend(ReadOnlySpan<byte> bytes, int cap)
    {
        int needed = _length + bytes.Length;
        if (needed > cap) return false;
        if (_data == null || needed > _data.Length)
        {
            int size = Math.Min(cap, Math.Max(needed, Math.Max(_length * 2, 2048)));
            var grown = new byte[size];
            if (_data != null) _data.AsSpan(0, _length).CopyTo(grown);
            _data = grown;
        }
        bytes.CopyTo(_data.AsSpan(_length));
        _length = needed;
        return true;
    }

    /// <summary>Drops the first <paramref name="count"/> bytes.</summary>
    public void Consume(int count)
    {
        if (count >= _length) { _length = 0; return; }
        _data.AsSpan(count, _length - count).CopyTo(_data);
        _length -= count;
    }

    public void Release()
    {
        _data = null;
        _length = 0;
    }
}
