using System.Buffers.Binary;

namespace PcapSearch.Decoding.Link;

/// <summary>
/// BSD loopback (LINKTYPE_NULL, host byte order) and OpenBSD loopback (LINKTYPE_LOOP, network order):
/// a 4-byte address family. Writers disagree on the order, so both are accepted for both.
/// </summary>
internal static class NullLoopLayer
{
    private const uint AfInet = 2;
    private const uint AfInet6NetBsd = 24;
    private const uint AfInet6FreeBsd = 28;
    private const uint AfInet6Darwin = 30;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        ReadOnlySpan<byte> field = c.ReadBytes(4);
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);

        uint littleEndian = BinaryPrimitives.ReadUInt32LittleEndian(field);
        uint family = littleEndian <= 0xFFFF ? littleEndian : BinaryPrimitives.ReadUInt32BigEndian(field);
        return family switch
        {
            AfInet => EtherTypes.Next(ref p, EtherTypes.Ipv4),
            AfInet6NetBsd or AfInet6FreeBsd or AfInet6Darwin => EtherTypes.Next(ref p, EtherTypes.Ipv6),
            _ => DecodeContext.NotIp(ref p),
        };
    }
}
