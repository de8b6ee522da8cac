namespace PcapSearch.Decoding.Tunnels;

/// <summary>
/// VXLAN (RFC 7348): 8 bytes with the VNI, then Ethernet; VXLAN-GPE (UDP 4790) names its payload in
/// the fourth byte (1 IPv4, 2 IPv6, 3 Ethernet). Without the I flag, or another payload, it is left as plain UDP.
/// </summary>
internal static class VxlanLayer
{
    private const int HeaderLength = 8;
    private const byte VniValid = 0x08;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(HeaderLength, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
        if ((h[0] & VniValid) == 0) return Layer.Done;
        Tunnel.Enter(ref p, Encapsulations.Vxlan);
        p.TunnelId = (uint)(h[4] << 16 | h[5] << 8 | h[6]);
        c.Skip(HeaderLength);
        return Layer.Ethernet;
    }

    public static Layer DecodeGpe(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(HeaderLength, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
        Layer next = h[3] switch
        {
            1 => Layer.Ipv4,
            2 => Layer.Ipv6,
            3 => Layer.Ethernet,
            _ => Layer.Done,
        };
        if ((h[0] & VniValid) == 0 || next == Layer.Done) return Layer.Done;
        Tunnel.Enter(ref p, Encapsulations.Vxlan);
        p.TunnelId = (uint)(h[4] << 16 | h[5] << 8 | h[6]);
        c.Skip(HeaderLength);
        return next;
    }
}
