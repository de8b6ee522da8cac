namespace PcapSearch.Decoding.Link;

/// <summary>
/// Frame Relay (LINKTYPE_FRELAY): a Q.922 address of 2 to 4 bytes (the last has its low bit set),
/// then either RFC 2427's UI control byte and NLPID (0xCC IPv4, 0x8E IPv6, 0x80 SNAP), or Cisco's
/// encapsulation, an EtherType.
/// </summary>
internal static class FrameRelayLayer
{
    private const int MaxAddressLength = 4;
    private const byte UnnumberedInformation = 0x03;
    private const byte NlpidIpv4 = 0xCC;
    private const byte NlpidIpv6 = 0x8E;
    private const byte NlpidSnap = 0x80;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        int addressLength = 0;
        byte octet;
        do
        {
            octet = c.ReadByte();
            addressLength++;
        } while (!c.Failed && (octet & 1) == 0 && addressLength < MaxAddressLength);
        if (c.Failed || (octet & 1) == 0 || !c.TryPeek(1, out ReadOnlySpan<byte> next))
            return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);

        if (next[0] != UnnumberedInformation)
        {
            ushort etherType = c.ReadUInt16();
            if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
            return EtherTypes.Next(ref p, etherType);
        }
        c.Skip(1);
        byte nlpid = c.ReadByte();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        switch (nlpid)
        {
            case NlpidIpv4: return EtherTypes.Next(ref p, EtherTypes.Ipv4);
            case NlpidIpv6: return EtherTypes.Next(ref p, EtherTypes.Ipv6);
            case NlpidSnap:
                c.Skip(3);
                ushort etherType = c.ReadUInt16();
                if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
                return EtherTypes.Next(ref p, etherType);
            default:
                p.EtherType = 0;
                return DecodeContext.NotIp(ref p);
        }
    }
}
