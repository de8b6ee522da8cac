namespace PcapSearch.Decoding.Link;

/// <summary>Ethernet II and 802.3 (length field, then LLC) headers.</summary>
internal static class EthernetLayer
{
    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        ReadOnlySpan<byte> destination = c.ReadBytes(6);
        ReadOnlySpan<byte> source = c.ReadBytes(6);
        ushort typeOrLength = c.ReadUInt16();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);

        Macs.Set(ref p, destination, source);
        p.HasVlan = false;
        p.VlanId = 0;
        p.HasInnerVlan = false;
        p.InnerVlanId = 0;
        return EtherTypes.NextAfterTypeOrLength(ref c, ref p, typeOrLength);
    }
}
