using PcapSearch.Decoding.Tunnels;

namespace PcapSearch.Decoding.Transport;

/// <summary>
/// What follows an IP header, by protocol number: TCP, UDP, SCTP and ICMP headers, or a tunnel. Any
/// other protocol keeps the addresses and its number, with the IP payload as the payload.
/// </summary>
internal static class TransportLayer
{
    public const byte IpInIpv4 = 4;
    public const byte IpInIpv6 = 41;
    public const byte Gre = 47;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx)
    {
        switch (p.Protocol)
        {
            case IpProtocol.Tcp: return TcpHeader.Decode(ref c, ref p, ref ctx);
            case IpProtocol.Udp: return UdpHeader.Decode(ref c, ref p, ref ctx);
            case IpProtocol.Sctp: return SctpHeader.Decode(ref c, ref p, ref ctx);
            case IpProtocol.Icmp or IpProtocol.Icmp6: return IcmpHeader.Decode(ref c, ref p, ref ctx);
            case IpInIpv4:
                Tunnel.Enter(ref p, Encapsulations.IpInIp);
                return Layer.Ipv4;
            case IpInIpv6:
                Tunnel.Enter(ref p, Encapsulations.IpInIp);
                return Layer.Ipv6;
            case Gre:
                SetPayload(ref c, ref p, ref ctx, 0);
                return Layer.Gre;
            default:
                SetPayload(ref c, ref p, ref ctx, 0);
                return Layer.Done;
        }
    }

    /// <summary>Payload after a transport header of <paramref name="headerLength"/> bytes, which the cursor has passed.</summary>
    public static void SetPayload(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx, int headerLength)
    {
        p.Payload = c.Rest;
        p.PayloadWireLength = Math.Max(p.Payload.Length, ctx.IpPayloadWireLength - headerLength);
    }
}
