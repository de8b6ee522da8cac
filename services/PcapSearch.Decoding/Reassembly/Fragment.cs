namespace PcapSearch.Decoding.Reassembly;

/// <summary>One fragment as it arrived: where its payload sits in the datagram and what it cost on the wire.</summary>
internal readonly ref struct Fragment(int offset, bool isLast, ReadOnlySpan<byte> captured, int wireLength, int frameLength, long timestampNs)
{
    public int Offset { get; } = offset;
    public bool IsLast { get; } = isLast;
    /// <summary>Payload bytes as captured; fewer than <see cref="WireLength"/> when the snap length cut the frame.</summary>
    public ReadOnlySpan<byte> Captured { get; } = captured;
    public int WireLength { get; } = wireLength;
    public int FrameLength { get; } = frameLength;
    public long TimestampNs { get; } = timestampNs;
}

internal enum FragmentStatus : byte
{
    Held,
    Complete,
    Refused,
}

/// <summary>A finished datagram (when complete) and any anomaly the fragment met.</summary>
internal ref struct Reassembled
{
    /// <summary>The datagram's IP payload, up to the first byte no fragment captured.</summary>
    public ReadOnlySpan<byte> Captured;
    public int WireLength;
    public int Frames;
    public long FrameBytes;
    public DecodeAnomaly Anomaly;
}
