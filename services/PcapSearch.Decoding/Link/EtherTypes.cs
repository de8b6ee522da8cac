namespace PcapSearch.Decoding.Link;

/// <summary>Where an EtherType (or SNAP / SLL protocol) leads.</summary>
internal static class EtherTypes
{
    public const ushort Ipv4 = 0x0800;
    public const ushort Ipv6 = 0x86DD;
    public const ushort Vlan = 0x8100;
    public const ushort ProviderBridging = 0x88A8;
    public const ushort QinQ = 0x9100;
    public const ushort MplsUnicast = 0x8847;
    public const ushort MplsMulticast = 0x8848;
    public const ushort PppoeSession = 0x8864;
    public const ushort TransparentEthernet = 0x6558;
    public const ushort Ppp = 0x880B;
    public const ushort ErspanII = 0x88BE;
    public const ushort ErspanIII = 0x22EB;
    public const ushort ProviderBackbone = 0x88E7;
    public const ushort FabricPath = 0x8903;
    public const ushort VnTag = 0x8926;
    public const ushort CiscoMetaData = 0x8909;
    public const ushort Nsh = 0x894F;

    /// <summary>Largest value of the 802.3 length field; larger values up to 0x05FF are undefined.</summary>
    public const ushort MaxLength = 1500;

    public static Layer Next(ref DecodedPacket p, ushort etherType)
    {
        p.EtherType = etherType;
        switch (etherType)
        {
            case Ipv4: return Layer.Ipv4;
            case Ipv6: return Layer.Ipv6;
            case Vlan or ProviderBridging or QinQ: return Layer.Vlan;
            case MplsUnicast or MplsMulticast: return Layer.Mpls;
            case PppoeSession: return Layer.PppoeSession;
            case ProviderBackbone: return Layer.Pbb;
            case FabricPath: return Layer.FabricPath;
            case VnTag: return Layer.VnTag;
            case CiscoMetaData: return Layer.CiscoMetaData;
            case Nsh: return Layer.Nsh;
            // ERSPAN straight on Ethernet, without GRE: a mirror port's copy as some switches and Arkime's captures carry it.
            case ErspanII or ErspanIII:
                p.Encapsulations |= Encapsulations.Erspan;
                return etherType == ErspanII ? Layer.ErspanII : Layer.ErspanIII;
            default: return DecodeContext.NotIp(ref p);
        }
    }

    /// <summary>A type/length field: an EtherType, or an 802.3 length followed by LLC.</summary>
    public static Layer NextAfterTypeOrLength(ref SpanCursor c, ref DecodedPacket p, ushort typeOrLength)
    {
        if (typeOrLength > MaxLength) return Next(ref p, typeOrLength);
        c.Limit(typeOrLength);
        return Layer.Llc;
    }
}
