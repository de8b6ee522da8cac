namespace PcapSearch.Decoding;

/// <summary>The layers a packet was carried in on its way to the innermost IP header.</summary>
[Flags]
public enum Encapsulations : uint
{
    None = 0,
    Vlan = 1 << 0,
    QinQ = 1 << 1,
    Mpls = 1 << 2,
    Pppoe = 1 << 3,
    Gre = 1 << 4,
    Erspan = 1 << 5,
    Vxlan = 1 << 6,
    Geneve = 1 << 7,
    GtpU = 1 << 8,
    IpInIp = 1 << 9,
    Teredo = 1 << 10,
    Ayiya = 1 << 11,
    FabricPath = 1 << 12,
    Pbb = 1 << 13,
    VnTag = 1 << 14,
    Nsh = 1 << 15,
    CiscoMetaData = 1 << 16,
}
