namespace PcapSearch.Decoding.Link;

/// <summary>
/// 802.1ah provider backbone bridging, MAC-in-MAC (EtherType 0x88E7): a 4-byte I-TAG naming the
/// service instance, then the customer's whole Ethernet frame, whose MACs and tags replace the
/// backbone's. A frame may nest them; MaxLayers bounds the depth.
/// </summary>
internal static class PbbLayer
{
    private const int ITagLength = 4;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        c.Skip(ITagLength);
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        p.Encapsulations |= Encapsulations.Pbb;
        return Layer.Ethernet;
    }
}
