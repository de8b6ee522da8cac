using System.Buffers.Binary;

namespace PcapSearch.Decoding.Transport;

/// <summary>TCP header: ports, sequence number, flags; the data offset bounds the payload.</summary>
internal static class TcpHeader
{
    private const int MinHeader = 20;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx)
    {
        if (!c.TryPeek(MinHeader, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTransportHeader);
        p.SourcePort = BinaryPrimitives.ReadUInt16BigEndian(h);
        p.DestinationPort = BinaryPrimitives.ReadUInt16BigEndian(h[2..]);
        p.TcpSequence = BinaryPrimitives.ReadUInt32BigEndian(h[4..]);
        p.TcpFlags = h[13];
        int headerLength = (h[12] >> 4) * 4;
        if (headerLength < MinHeader) return DecodeContext.Malformed(ref p, DecodeAnomaly.BadTransportHeaderLength);
        if (!c.Has(headerLength)) return OptionsNotCaptured(ref c, ref p, ref ctx, headerLength);
        c.Skip(headerLength);
        TransportLayer.SetPayload(ref c, ref p, ref ctx, headerLength);
        return Layer.Done;
    }

    /// <summary>
    /// Options that were on the wire but past the snap length (tcpdump -s 68 and the like) lose nothing
    /// the flow needs; a header longer than the IP payload on the wire is malformed.
    /// </summary>
    private static Layer OptionsNotCaptured(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx, int headerLength)
    {
        if (ctx.IpPayloadWireLength < headerLength) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTransportHeader);
        c.Skip(c.Remaining);
        TransportLayer.SetPayload(ref c, ref p, ref ctx, headerLength);
        return Layer.Done;
    }
}
