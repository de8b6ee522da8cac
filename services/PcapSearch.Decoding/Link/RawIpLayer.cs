namespace PcapSearch.Decoding.Link;

/// <summary>Raw IP with no link header, the version taken from the first nibble.</summary>
internal static class RawIpLayer
{
    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(1, out ReadOnlySpan<byte> first)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedIpHeader);
        return (first[0] >> 4) switch
        {
            4 => Layer.Ipv4,
            6 => Layer.Ipv6,
            _ => DecodeContext.Malformed(ref p, DecodeAnomaly.BadIpVersion),
        };
    }
}
