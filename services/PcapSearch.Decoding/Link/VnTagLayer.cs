namespace PcapSearch.Decoding.Link;

/// <summary>Cisco VN-Tag (EtherType 0x8926): 4 bytes of virtual interface ids, then the next EtherType.</summary>
internal static class VnTagLayer
{
    private const int TagLength = 4;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        c.Skip(TagLength);
        ushort typeOrLength = c.ReadUInt16();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        p.Encapsulations |= Encapsulations.VnTag;
        return EtherTypes.NextAfterTypeOrLength(ref c, ref p, typeOrLength);
    }
}
