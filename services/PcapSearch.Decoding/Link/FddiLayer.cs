namespace PcapSearch.Decoding.Link;

/// <summary>FDDI (LINKTYPE_FDDI): frame control, destination and source addresses, then 802.2 LLC.</summary>
internal static class FddiLayer
{
    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        c.Skip(1);
        ReadOnlySpan<byte> destination = c.ReadBytes(6);
        ReadOnlySpan<byte> source = c.ReadBytes(6);
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        Macs.Set(ref p, destination, source);
        return Layer.Llc;
    }
}
