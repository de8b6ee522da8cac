using System.Buffers.Binary;

namespace PcapSearch.Decoding.Tunnels;

/// <summary>
/// Teredo (RFC 4380): IPv6 in UDP port 3544, after optional authentication and origin indication
/// headers. Followed only when a well-formed IPv6 header fills the rest exactly, since the port alone
/// proves little.
/// </summary>
internal static class TeredoLayer
{
    private const int OriginIndicationLength = 8;
    private const int AuthenticationFixedLength = 13;
    private const int Ipv6HeaderLength = 40;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        ReadOnlySpan<byte> rest = c.Rest;
        int at = 0;
        if (rest.Length >= 4 && rest[0] == 0 && rest[1] == 1)
            at += AuthenticationFixedLength + rest[2] + rest[3];
        if (rest.Length >= at + 2 && rest[at] == 0 && rest[at + 1] == 0)
            at += OriginIndicationLength;
        if (rest.Length < at + Ipv6HeaderLength || rest[at] >> 4 != 6) return Layer.Done;
        if (at + Ipv6HeaderLength + BinaryPrimitives.ReadUInt16BigEndian(rest[(at + 4)..]) != rest.Length) return Layer.Done;

        Tunnel.Enter(ref p, Encapsulations.Teredo);
        c.Skip(at);
        return Layer.Ipv6;
    }
}
