namespace PcapSearch.Decoding.Link;

/// <summary>
/// PPP with or without HDLC-like framing (RFC 1662): an optional FF 03 address/control pair, then a
/// protocol field of two bytes, or one when compressed (an odd first byte).
/// </summary>
internal static class PppLayer
{
    private const ushort Ipv4 = 0x0021;
    private const ushort Ipv6 = 0x0057;
    private const ushort MplsUnicast = 0x0281;
    private const ushort MplsMulticast = 0x0283;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        if (c.TryPeek(2, out ReadOnlySpan<byte> addressControl) && addressControl[0] == 0xFF && addressControl[1] == 0x03)
            c.Skip(2);

        if (!c.TryPeek(1, out ReadOnlySpan<byte> first)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        ushort protocol = (first[0] & 1) != 0 ? c.ReadByte() : c.ReadUInt16();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);

        return protocol switch
        {
            Ipv4 => EtherTypes.Next(ref p, EtherTypes.Ipv4),
            Ipv6 => EtherTypes.Next(ref p, EtherTypes.Ipv6),
            MplsUnicast => EtherTypes.Next(ref p, EtherTypes.MplsUnicast),
            MplsMulticast => EtherTypes.Next(ref p, EtherTypes.MplsMulticast),
            _ => DecodeContext.NotIp(ref p),
        };
    }
}
