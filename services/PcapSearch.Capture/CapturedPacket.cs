namespace PcapSearch.Capture;

/// <summary>
/// One packet record as the capture file holds it. <see cref="Data"/> points into the reader's
/// buffer and is valid only until the next read.
/// </summary>
public readonly ref struct CapturedPacket
{
    public CapturedPacket(ReadOnlySpan<byte> data, int originalLength, long timestampNs,
        byte timestampDigits, LinkType linkType, int interfaceId, long fileOffset)
    {
        Data = data;
        OriginalLength = originalLength;
        TimestampNs = timestampNs;
        TimestampDigits = timestampDigits;
        LinkType = linkType;
        InterfaceId = interfaceId;
        FileOffset = fileOffset;
    }

    /// <summary>The captured bytes (at most the snap length).</summary>
    public ReadOnlySpan<byte> Data { get; }

    /// <summary>The frame length on the wire (pcap orig_len, pcapng original packet length).</summary>
    public int OriginalLength { get; }

    /// <summary>Nanoseconds since the Unix epoch (UTC).</summary>
    public long TimestampNs { get; }

    /// <summary>Fractional-second digits the capture records (6 for microseconds, 9 for nanoseconds).</summary>
    public byte TimestampDigits { get; }

    public LinkType LinkType { get; }

    /// <summary>pcapng interface id; 0 for pcap.</summary>
    public int InterfaceId { get; }

    /// <summary>Byte offset of the record (pcap record header or pcapng block) in the uncompressed capture.</summary>
    public long FileOffset { get; }
}
