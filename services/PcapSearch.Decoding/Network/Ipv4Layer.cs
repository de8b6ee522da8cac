using System.Buffers.Binary;
using PcapSearch.Decoding.Link;
using PcapSearch.Decoding.Reassembly;

namespace PcapSearch.Decoding.Network;

/// <summary>IPv4 header (RFC 791); fragments go to the reassembler.</summary>
internal static class Ipv4Layer
{
    private const int MinHeader = 20;
    private const ushort MoreFragments = 0x2000;
    private const ushort OffsetMask = 0x1FFF;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p, ref DecodeContext ctx)
    {
        if (!c.TryPeek(MinHeader, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedIpHeader);
        if (h[0] >> 4 != 4) return DecodeContext.Malformed(ref p, DecodeAnomaly.BadIpVersion);
        int headerLength = (h[0] & 0xF) * 4;
        if (headerLength < MinHeader) return DecodeContext.Malformed(ref p, DecodeAnomaly.BadIpHeaderLength);
        if (!c.Has(headerLength)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedIpHeader);
        int totalLength = BinaryPrimitives.ReadUInt16BigEndian(h[2..]);
        if (totalLength != 0 && totalLength < headerLength) return DecodeContext.Malformed(ref p, DecodeAnomaly.BadIpHeaderLength);

        IpHeaders.Enter(ref p);
        p.EtherType = EtherTypes.Ipv4;
        p.IpVersion = 4;
        p.Ttl = h[8];
        p.Protocol = h[9];
        p.Source = IpAddress.FromIpv4(h[12..]);
        p.Destination = IpAddress.FromIpv4(h[16..]);
        p.Outcome = DecodeOutcome.Ip;

        c.Skip(headerLength);
        int wireAfterHeader = ctx.WireBytesAfter(c.Position);
        // A zero total length is what TCP segmentation offload leaves in captures taken on the sender.
        int payloadLength = totalLength == 0 ? Math.Min(c.Remaining, wireAfterHeader) : totalLength - headerLength;
        c.Limit(payloadLength);
        ctx.IpPayloadWireLength = Math.Min(payloadLength, wireAfterHeader);

        ushort fragmentField = BinaryPrimitives.ReadUInt16BigEndian(h[6..]);
        int offset = (fragmentField & OffsetMask) * 8;
        bool moreFragments = (fragmentField & MoreFragments) != 0;
        if (offset == 0 && !moreFragments) return Layer.Transport;

        var key = new FragmentKey(p.Source, p.Destination, BinaryPrimitives.ReadUInt16BigEndian(h[4..]), p.Protocol, 4);
        return IpHeaders.Reassemble(ref c, ref p, ref ctx, key, offset, !moreFragments) ? Layer.Transport : Layer.Done;
    }
}
