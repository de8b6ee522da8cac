namespace PcapSearch.Decoding.Tunnels;

/// <summary>VXLAN (RFC 7348): 8 bytes with the VNI, then Ethernet. Without the I flag it is left as plain UDP.</summary>
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
}
