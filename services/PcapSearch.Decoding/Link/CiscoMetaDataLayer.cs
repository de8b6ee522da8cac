namespace PcapSearch.Decoding.Link;

/// <summary>
/// Cisco MetaData (EtherType 0x8909, TrustSec inline tagging): version, length, an option header and
/// the 2-byte security group tag, then the next EtherType.
/// </summary>
internal static class CiscoMetaDataLayer
{
    private const int HeaderLength = 6;

    public static Layer Decode(ref SpanCursor c, ref DecodedPacket p)
    {
        c.Skip(HeaderLength);
        ushort typeOrLength = c.ReadUInt16();
        if (c.Failed) return DecodeContext.Malformed(ref p, DecodeAnomaly.TruncatedLinkHeader);
        p.Encapsulations |= Encapsulations.CiscoMetaData;
        return EtherTypes.NextAfterTypeOrLength(ref c, ref p, typeOrLength);
    }
}
