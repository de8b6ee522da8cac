using System.Buffers.Binary;

namespace PcapSearch.Decoding.Tunnels;

/// <summary>ERSPAN type II and III headers (draft-foschiano-erspan); a mirrored Ethernet frame follows.</summary>
internal static class ErspanLayer
{
    private const int TypeIILength = 8;
    private const int TypeIIILength = 12;
    private const int PlatformSubheaderLength = 8;
    private const byte OptionalSubheader = 0x01;

    public static Layer DecodeTypeII(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(TypeIILength, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
        p.TunnelId = SessionId(h);
        c.Skip(TypeIILength);
        return Layer.Ethernet;
    }

    public static Layer DecodeTypeIII(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(TypeIIILength, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
        int length = (h[11] & OptionalSubheader) != 0 ? TypeIIILength + PlatformSubheaderLength : TypeIIILength;
        if (!c.Has(length)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
        p.TunnelId = SessionId(h);
        c.Skip(length);
        return Layer.Ethernet;
    }

    private static uint SessionId(ReadOnlySpan<byte> header) => (uint)(BinaryPrimitives.ReadUInt16BigEndian(header[2..]) & 0x03FF);
}
