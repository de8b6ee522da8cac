namespace PcapSearch.Decoding;

/// <summary>The next header to decode; each layer's decoder returns the one after it.</summary>
internal enum Layer : byte
{
    Done,
    Ethernet,
    Llc,
    Vlan,
    VnTag,
    Pbb,
    FabricPath,
    Mpls,
    PppoeSession,
    Ppp,
    LinuxSll,
    LinuxSll2,
    NullLoop,
    RawIp,
    Ipv4,
    Ipv6,
    Ieee80211,
    Radiotap,
    Nflog,
    Transport,
    Gre,
    ErspanII,
    ErspanIII,
    Vxlan,
    Geneve,
    GtpU,
    Teredo,
    Ayiya,
}
