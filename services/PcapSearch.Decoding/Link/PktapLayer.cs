using System.Buffers.Binary;
using PcapSearch.Capture;

namespace PcapSearch.Decoding.Link;

/// <summary>
/// Apple's PKTAP (LINKTYPE_PKTAP, 258): a host-order header whose first field is its own length and
/// whose third names the link type of the packet that follows (with process and interface metadata between).
/// </summary>
internal static class PktapLayer
{
    private const int MinimumHeader = 12;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(MinimumHeader, out ReadOnlySpan<byte> h)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(h);
        uint linkType = BinaryPrimitives.ReadUInt32LittleEndian(h[8..]);
        if (length < MinimumHeader || length > c.Remaining || linkType > ushort.MaxValue || (LinkType)linkType == LinkType.Pktap)
            return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        c.Skip((int)length);
        var next = PacketDecoder.FirstLayer((LinkType)linkType);
        return next == Layer.Done ? DecodeContext.Stop(ref p, DecodeOutcome.UnsupportedLinkType) : next;
    }
}
