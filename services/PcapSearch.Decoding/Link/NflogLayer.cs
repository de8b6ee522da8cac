using System.Buffers.Binary;

namespace PcapSearch.Decoding.Link;

/// <summary>
/// Linux netfilter log (LINKTYPE_NFLOG): a 4-byte header (address family, version, group), then
/// type-length-value attributes in little-endian order, each padded to 4 bytes. The payload
/// attribute holds the logged packet from its IP header; without one the frame is not IP.
/// </summary>
internal static class NflogLayer
{
    private const int HeaderLength = 4;
    private const int AttributeHeaderLength = 4;
    private const ushort PayloadAttribute = 9;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        c.Skip(HeaderLength);
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        while (c.TryPeek(AttributeHeaderLength, out ReadOnlySpan<byte> attribute))
        {
            int length = BinaryPrimitives.ReadUInt16LittleEndian(attribute);
            ushort type = BinaryPrimitives.ReadUInt16LittleEndian(attribute[2..]);
            if (length < AttributeHeaderLength) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
            if (type == PayloadAttribute)
            {
                c.Skip(AttributeHeaderLength);
                c.Limit(length - AttributeHeaderLength);
                return Layer.RawIp;
            }
            c.Skip((length + 3) & ~3);
            if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        }
        return c.Remaining == 0 ? DecodeContext.NotIp(ref p) : DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
    }
}
