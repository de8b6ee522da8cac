using System.Buffers.Binary;

namespace PcapSearch.Decoding.Transport;

/// <summary>SCTP common header (RFC 9260): ports only; the chunks are the payload.</summary>
internal static class SctpHeader
{
    private const int HeaderLength = 12;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx)
    {
        if (!c.TryPeek(HeaderLength, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTransportHeader);
        p.SourcePort = BinaryPrimitives.ReadUInt16BigEndian(h);
        p.DestinationPort = BinaryPrimitives.ReadUInt16BigEndian(h[2..]);
        c.Skip(HeaderLength);
        TransportLayer.SetPayload(ref c, ref p, ref ctx, HeaderLength);
        return Layer.Done;
    }
}
