namespace PcapSearch.Decoding.Link;

/// <summary>PPPoE session stage header (RFC 2516); the PPP protocol field follows.</summary>
internal static class PppoeLayer
{
    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        byte versionType = c.ReadByte();
        byte code = c.ReadByte();
        c.Skip(2);
        ushort length = c.ReadUInt16();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);

        p.Encapsulations |= Encapsulations.Pppoe;
        if (versionType != 0x11 || code != 0) return DecodeContext.NotIp(ref p);
        c.Limit(length);
        return Layer.Ppp;
    }
}
