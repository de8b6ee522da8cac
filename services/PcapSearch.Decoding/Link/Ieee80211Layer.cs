namespace PcapSearch.Decoding.Link;

/// <summary>
/// IEEE 802.11 MAC header. Only unprotected data frames carry IP (after LLC/SNAP, or in the first
/// subframe of an A-MSDU); management, control, null-data and protected frames are reported as not IP.
/// </summary>
internal static class Ieee80211Layer
{
    private const int TypeManagement = 0;
    private const int TypeData = 2;
    private const byte ToDs = 0x01;
    private const byte FromDs = 0x02;
    private const byte Protected = 0x40;
    private const byte Order = 0x80;
    private const int SubtypeQos = 0x8;
    private const int SubtypeNoData = 0x4;
    private const byte QosAmsduPresent = 0x80;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        byte frameControl = c.ReadByte();
        byte flags = c.ReadByte();
        c.Skip(2);
        ReadOnlySpan<byte> address1 = c.ReadBytes(6);
        ReadOnlySpan<byte> address2 = c.ReadBytes(6);
        ReadOnlySpan<byte> address3 = c.ReadBytes(6);
        c.Skip(2);
        int type = (frameControl >> 2) & 0x3;
        int subtype = frameControl >> 4;
        p.EtherType = 0;

        if (type != TypeData)
        {
            if (type == TypeManagement && !c.Failed) Macs.Set(ref p, address1, address2);
            return c.Failed && type == TypeManagement
                ? DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader)
                : DecodeContext.NotIp(ref p);
        }

        bool hasAddress4 = (flags & (ToDs | FromDs)) == (ToDs | FromDs);
        ReadOnlySpan<byte> address4 = hasAddress4 ? c.ReadBytes(6) : default;
        byte qos = 0;
        if ((subtype & SubtypeQos) != 0)
        {
            qos = c.ReadByte();
            c.Skip(1);
            if ((flags & Order) != 0) c.Skip(4);
        }
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);

        ReadOnlySpan<byte> destination = (flags & ToDs) != 0 ? address3 : address1;
        ReadOnlySpan<byte> source = (flags & FromDs) == 0 ? address2 : hasAddress4 ? address4 : address3;
        Macs.Set(ref p, destination, source);

        if ((subtype & SubtypeNoData) != 0 || (flags & Protected) != 0) return DecodeContext.NotIp(ref p);
        return (qos & QosAmsduPresent) != 0 ? FirstAmsduSubframe(ref c, ref p) : Layer.Llc;
    }

    /// <summary>
    /// An A-MSDU packs several frames, each behind its own addresses and length (and padded to 4 bytes);
    /// the first one stands for the frame.
    /// </summary>
    private static Layer FirstAmsduSubframe(ref SpanCursor c, ref DecodedPacket p)
    {
        ReadOnlySpan<byte> destination = c.ReadBytes(6);
        ReadOnlySpan<byte> source = c.ReadBytes(6);
        ushort length = c.ReadUInt16();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        Macs.Set(ref p, destination, source);
        c.Limit(length);
        return Layer.Llc;
    }
}
