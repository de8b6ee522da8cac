namespace PcapSearch.Decoding.Link;

/// <summary>802.1Q, 802.1ad and the pre-standard 0x9100 tag: the first tag is VlanId, the second InnerVlanId.</summary>
internal static class VlanLayer
{
    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        ushort tci = c.ReadUInt16();
        ushort typeOrLength = c.ReadUInt16();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);

        ushort id = (ushort)(tci & 0x0FFF);
        if (!p.HasVlan)
        {
            p.HasVlan = true;
            p.VlanId = id;
            p.Encapsulations |= Encapsulations.Vlan;
        }
        else if (!p.HasInnerVlan)
        {
            p.HasInnerVlan = true;
            p.InnerVlanId = id;
            p.Encapsulations |= Encapsulations.QinQ;
        }
        return EtherTypes.NextAfterTypeOrLength(ref c, ref p, typeOrLength);
    }
}
