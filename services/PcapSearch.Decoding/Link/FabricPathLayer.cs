namespace PcapSearch.Decoding.Link;

/// <summary>
/// Cisco FabricPath (EtherType 0x8903): the outer addresses and EtherType are the switch fabric's,
/// then a 2-byte forwarding tag and TTL, then the host's whole Ethernet frame.
/// </summary>
internal static class FabricPathLayer
{
    private const int TagLength = 2;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        c.Skip(TagLength);
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        p.Encapsulations |= Encapsulations.FabricPath;
        return Layer.Ethernet;
    }
}
