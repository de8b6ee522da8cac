namespace PcapSearch.Decoding.Link;

/// <summary>
/// Linux "cooked" captures, v1 (LINKTYPE_LINUX_SLL) and v2 (LINKTYPE_LINUX_SLL2). They carry only the
/// sender's link address, so no MAC pair is reported.
/// </summary>
internal static class LinuxSllLayer
{
    private const ushort ArphrdNetlink = 824;
    private const ushort Novell8023 = 0x0001;
    private const ushort Llc8022 = 0x0004;

    public static Layer DecodeV1(ref SpanCursor c, ref DecodedPacket p)
    {
        c.Skip(2);
        ushort hardwareType = c.ReadUInt16();
        c.Skip(10);
        ushort protocol = c.ReadUInt16();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        return Next(ref p, hardwareType, protocol);
    }

    public static Layer DecodeV2(ref SpanCursor c, ref DecodedPacket p)
    {
        ushort protocol = c.ReadUInt16();
        c.Skip(6);
        ushort hardwareType = c.ReadUInt16();
        c.Skip(10);
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        return Next(ref p, hardwareType, protocol);
    }

    private static Layer Next(ref DecodedPacket p, ushort hardwareType, ushort protocol)
    {
        if (hardwareType == ArphrdNetlink || protocol == Novell8023)
        {
            p.EtherType = 0;
            return DecodeContext.NotIp(ref p);
        }
        return protocol == Llc8022 ? Layer.Llc : EtherTypes.Next(ref p, protocol);
    }
}
