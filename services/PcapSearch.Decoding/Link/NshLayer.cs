namespace PcapSearch.Decoding.Link;

/// <summary>
/// Network Service Header (EtherType 0x894F, RFC 8300): a base header whose length field counts the
/// whole header in 4-byte words, the service path header and context headers, then the packet named
/// by the next-protocol byte.
/// </summary>
internal static class NshLayer
{
    private const int BaseAndServicePath = 8;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(BaseAndServicePath, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        int length = (h[1] & 0x3F) * 4;
        byte nextProtocol = h[3];
        if (length < BaseAndServicePath) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        c.Skip(length);
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        p.Encapsulations |= Encapsulations.Nsh;
        return nextProtocol switch
        {
            1 => EtherTypes.Next(ref p, EtherTypes.Ipv4),
            2 => EtherTypes.Next(ref p, EtherTypes.Ipv6),
            3 => Layer.Ethernet,
            5 => EtherTypes.Next(ref p, EtherTypes.MplsUnicast),
            _ => DecodeContext.NotIp(ref p),
        };
    }
}
