using System.Buffers.Binary;

namespace PcapSearch.Decoding.Link;

/// <summary>Radiotap: a self-describing metadata header skipped by its little-endian it_len.</summary>
internal static class RadiotapLayer
{
    private const int MinLength = 8;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        if (!c.TryPeek(MinLength, out ReadOnlySpan<byte> header)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        int length = BinaryPrimitives.ReadUInt16LittleEndian(header[2..]);
        if (length < MinLength || !c.Has(length)) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        c.Skip(length);
        return Layer.Ieee80211;
    }
}
