using System.Buffers.Binary;
using PcapSearch.Decoding.Link;

namespace PcapSearch.Decoding.Tunnels;

/// <summary>GENEVE (RFC 8926): 8 bytes plus options, then Ethernet or IP. Another version or payload stays plain UDP.</summary>
internal static class GeneveLayer
{
    private const int FixedLength = 8;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(FixedLength, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
        if (h[0] >> 6 != 0) return Layer.Done;
        int length = FixedLength + (h[0] & 0x3F) * 4;
        Layer next = BinaryPrimitives.ReadUInt16BigEndian(h[2..]) switch
        {
            EtherTypes.TransparentEthernet => Layer.Ethernet,
            EtherTypes.Ipv4 => Layer.Ipv4,
            EtherTypes.Ipv6 => Layer.Ipv6,
            _ => Layer.Done,
        };
        if (next == Layer.Done) return Layer.Done;
        if (!c.Has(length)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);

        Tunnel.Enter(ref p, Encapsulations.Geneve);
        p.TunnelId = (uint)(h[4] << 16 | h[5] << 8 | h[6]);
        c.Skip(length);
        return next;
    }
}
