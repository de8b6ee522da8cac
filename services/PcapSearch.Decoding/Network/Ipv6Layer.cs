using System.Buffers.Binary;
using PcapSearch.Decoding.Link;
using PcapSearch.Decoding.Reassembly;

namespace PcapSearch.Decoding.Network;

/// <summary>IPv6 header (RFC 8200) and its extension header chain; fragments go to the reassembler.</summary>
internal static class Ipv6Layer
{
    private const int FixedHeader = 40;
    private const byte HopByHop = 0;
    private const byte Routing = 43;
    private const byte Fragment = 44;
    private const byte Esp = 50;
    private const byte AuthenticationHeader = 51;
    private const byte NoNextHeader = 59;
    private const byte DestinationOptions = 60;
    private const byte Mobility = 135;
    private const byte HostIdentity = 139;
    private const byte Shim6 = 140;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx)
    {
        if (!c.TryPeek(FixedHeader, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedIpHeader);
        if (h[0] >> 4 != 6) return DecodeContext.Malformed(ref p, DecodeAnomaly.BadIpVersion);

        IpHeaders.Enter(ref p);
        p.EtherType = EtherTypes.Ipv6;
        p.IpVersion = 6;
        p.Ttl = h[7];
        p.Protocol = h[6];
        p.Source = IpAddress.FromIpv6(h[8..]);
        p.Destination = IpAddress.FromIpv6(h[24..]);
        p.Outcome = DecodeOutcome.Ip;

        int payloadLength = BinaryPrimitives.ReadUInt16BigEndian(h[4..]);
        c.Skip(FixedHeader);
        int wireAfterHeader = ctx.WireBytesAfter(c.Position);
        // Zero is a jumbogram's (RFC 2675) or a segmentation-offload capture's: the frame tells the length.
        if (payloadLength == 0) payloadLength = Math.Min(c.Remaining, wireAfterHeader);
        c.Limit(payloadLength);
        ctx.IpPayloadWireLength = Math.Min(payloadLength, wireAfterHeader);
        return ExtensionHeaders(ref c, ref p, ref ctx);
    }

    private static Layer ExtensionHeaders(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx)
    {
        while (true)
        {
            int length;
            switch (p.Protocol)
            {
                case HopByHop or Routing or DestinationOptions or Mobility or HostIdentity or Shim6:
                    if (!c.TryPeek(2, out ReadOnlySpan<byte> generic)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedIpHeader);
                    length = (generic[1] + 1) * 8;
                    break;
                case AuthenticationHeader:
                    if (!c.TryPeek(2, out ReadOnlySpan<byte> ah)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedIpHeader);
                    length = (ah[1] + 2) * 4;
                    break;
                case Fragment:
                    if (!c.TryPeek(8, out ReadOnlySpan<byte> fragment)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedIpHeader);
                    c.Skip(8);
                    ctx.IpPayloadWireLength -= 8;
                    p.Protocol = fragment[0];
                    ushort offsetField = BinaryPrimitives.ReadUInt16BigEndian(fragment[2..]);
                    int offset = offsetField & 0xFFF8;
                    bool moreFragments = (offsetField & 1) != 0;
                    // An atomic fragment (RFC 6946) is a whole datagram.
                    if (offset == 0 && !moreFragments) continue;
                    var key = new FragmentKey(p.Source, p.Destination, BinaryPrimitives.ReadUInt32BigEndian(fragment[4..]), p.Protocol, 6);
                    if (!IpHeaders.Reassemble(ref c, ref p, ref ctx, key, offset, !moreFragments)) return Layer.Done;
                    continue;
                case NoNextHeader:
                    return Layer.Done;
                case Esp:
                    p.Payload = c.Rest;
                    p.PayloadWireLength = ctx.IpPayloadWireLength;
                    return Layer.Done;
                default:
                    return Layer.Transport;
            }
            if (!c.TryPeek(length, out ReadOnlySpan<byte> header)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedIpHeader);
            p.Protocol = header[0];
            c.Skip(length);
            ctx.IpPayloadWireLength -= length;
        }
    }
}
