namespace PcapSearch.Decoding.Link;

/// <summary>
/// One MPLS label stack entry per call. MPLS does not say what it carries: after the bottom of the
/// stack the first nibble is guessed (4 IPv4, 6 IPv6, 0 a pseudowire control word before Ethernet).
/// </summary>
internal static class MplsLayer
{
    private const uint BottomOfStack = 0x100;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        uint entry = c.ReadUInt32();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);

        p.Encapsulations |= Encapsulations.Mpls;
        if ((entry & BottomOfStack) == 0) return Layer.Mpls;
        if (!c.TryPeek(1, out ReadOnlySpan<byte> first)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);

        switch (first[0] >> 4)
        {
            case 4: return Layer.Ipv4;
            case 6: return Layer.Ipv6;
            case 0:
                c.Skip(4);
                if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
                return Layer.Ethernet;
            default: return DecodeContext.NotIp(ref p);
        }
    }
}
