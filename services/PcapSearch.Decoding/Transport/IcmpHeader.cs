using System.Buffers.Binary;

namespace PcapSearch.Decoding.Transport;

/// <summary>
/// ICMP and ICMPv6: type, code, and the identifier of query messages, which pairs a request with its
/// reply. The packet quoted inside an error message is left as payload.
/// </summary>
internal static class IcmpHeader
{
    private const int HeaderLength = 8;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx)
    {
        if (!c.TryPeek(2, out ReadOnlySpan<byte> typeCode)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTransportHeader);
        p.IcmpType = typeCode[0];
        p.IcmpCode = typeCode[1];
        if (!c.TryPeek(HeaderLength, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTransportHeader);
        if (HasIdentifier(p.Protocol, p.IcmpType)) p.IcmpId = BinaryPrimitives.ReadUInt16BigEndian(h[4..]);
        c.Skip(HeaderLength);
        TransportLayer.SetPayload(ref c, ref p, ref ctx, HeaderLength);
        return Layer.Done;
    }

    private static bool HasIdentifier(byte protocol, byte type) =>
        protocol == IpProtocol.Icmp6
            ? type is 128 or 129
            : type is 0 or 8 or 13 or 14 or 15 or 16 or 17 or 18;
}
