namespace PcapSearch.Decoding.Tunnels;

/// <summary>
/// AYIYA, "anything in anything" (SixXS, UDP port 5072): 8 bytes, then an identity of 2^n bytes and
/// a signature of 4·n bytes, then the packet the next-header byte names. Only forwarded IPv4 or IPv6
/// is followed; heartbeats and other opcodes stay plain UDP.
/// </summary>
internal static class AyiyaLayer
{
    private const int FixedLength = 8;
    private const int OpcodeForward = 1;
    private const byte NextIpv4 = 4;
    private const byte NextIpv6 = 41;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(FixedLength, out ReadOnlySpan<byte> h)) return Layer.Done;
        if ((h[2] & 0x0F) != OpcodeForward) return Layer.Done;
        Layer next = h[3] switch
        {
            NextIpv4 => Layer.Ipv4,
            NextIpv6 => Layer.Ipv6,
            _ => Layer.Done,
        };
        if (next == Layer.Done) return Layer.Done;
        int length = FixedLength + (1 << (h[0] >> 4)) + (h[1] >> 4) * 4;
        if (!c.Has(length)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);

        Tunnel.Enter(ref p, Encapsulations.Ayiya);
        c.Skip(length);
        return next;
    }
}
