using System.Buffers.Binary;
using PcapSearch.Decoding.Link;

namespace PcapSearch.Decoding.Tunnels;

/// <summary>
/// GRE (RFC 2784/2890) and PPTP's enhanced GRE (RFC 2637, version 1); Aruba's GRE carries 802.11 frames. A payload type we cannot follow
/// leaves the packet as IP protocol 47 between the carrier's addresses.
/// </summary>
internal static class GreLayer
{
    private const ushort ChecksumPresent = 0x8000;
    private const ushort RoutingPresent = 0x4000;
    private const ushort KeyPresent = 0x2000;
    private const ushort SequencePresent = 0x1000;
    private const ushort AcknowledgmentPresent = 0x0080;
    private const ushort VersionMask = 0x0007;

    /// <summary>Aruba access points tunnel 802.11 frames to their controller in these types: 0x8200 to 0x8370 by 0x10, and 0x9000.</summary>
    private static bool IsAruba(ushort protocol) => protocol is >= 0x8200 and <= 0x8370 && (protocol & 0xF) == 0 || protocol == 0x9000;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(4, out ReadOnlySpan<byte> fixedPart)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);
        ushort flags = BinaryPrimitives.ReadUInt16BigEndian(fixedPart);
        ushort protocol = BinaryPrimitives.ReadUInt16BigEndian(fixedPart[2..]);

        int length = 4;
        int keyAt = -1;
        switch (flags & VersionMask)
        {
            case 0:
                if ((flags & RoutingPresent) != 0) return Layer.Done;
                if ((flags & ChecksumPresent) != 0) length += 4;
                if ((flags & KeyPresent) != 0)
                {
                    keyAt = length;
                    length += 4;
                }
                if ((flags & SequencePresent) != 0) length += 4;
                break;
            case 1:
                if ((flags & KeyPresent) == 0 || protocol != EtherTypes.Ppp) return Layer.Done;
                // The "key" is a 16-bit payload length and the 16-bit call id, which names the session.
                keyAt = length + 2;
                length += 4;
                if ((flags & SequencePresent) != 0) length += 4;
                if ((flags & AcknowledgmentPresent) != 0) length += 4;
                break;
            default:
                return Layer.Done;
        }

        Layer next = protocol switch
        {
            EtherTypes.Ipv4 => Layer.Ipv4,
            EtherTypes.Ipv6 => Layer.Ipv6,
            EtherTypes.TransparentEthernet => Layer.Ethernet,
            EtherTypes.Ppp => Layer.Ppp,
            EtherTypes.MplsUnicast or EtherTypes.MplsMulticast => Layer.Mpls,
            // ERSPAN type I has no header of its own and no sequence number; type II always has one.
            EtherTypes.ErspanII => (flags & SequencePresent) != 0 ? Layer.ErspanII : Layer.Ethernet,
            EtherTypes.ErspanIII => Layer.ErspanIII,
            _ when IsAruba(protocol) => Layer.Ieee80211,
            _ => Layer.Done,
        };
        if (next == Layer.Done) return Layer.Done;
        if (!c.TryPeek(length, out ReadOnlySpan<byte> header)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedTunnelHeader);

        Tunnel.Enter(ref p, protocol is EtherTypes.ErspanII or EtherTypes.ErspanIII ? Encapsulations.Gre | Encapsulations.Erspan : Encapsulations.Gre);
        if (keyAt >= 0)
        {
            p.TunnelId = (flags & VersionMask) == 1
                ? BinaryPrimitives.ReadUInt16BigEndian(header[keyAt..])
                : BinaryPrimitives.ReadUInt32BigEndian(header[keyAt..]);
        }
        c.Skip(length);
        return next;
    }
}
