namespace PcapSearch.Decoding.Link;

/// <summary>802.2 LLC; with SNAP (AA AA 03) it carries an EtherType, otherwise the frame is not IP.</summary>
internal static class LlcLayer
{
    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        byte dsap = c.ReadByte();
        byte ssap = c.ReadByte();
        byte control = c.ReadByte();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);

        if (dsap != 0xAA || ssap != 0xAA || control != 0x03)
        {
            p.EtherType = 0;
            p.IsLlc = true;
            return DecodeContext.NotIp(ref p);
        }
        c.Skip(3);
        ushort etherType = c.ReadUInt16();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        return EtherTypes.Next(ref p, etherType);
    }
}
