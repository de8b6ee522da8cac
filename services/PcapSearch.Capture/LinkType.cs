namespace PcapSearch.Capture;

/// <summary>
/// LINKTYPE_* values as pcap and pcapng store them (tcpdump.org/linktypes.html). Values not named
/// here are still carried through and counted per value in the capture statistics.
/// </summary>
public enum LinkType : ushort
{
    Null = 0,
    Ethernet = 1,
    Ppp = 9,
    Fddi = 10,
    RawBsdOs = 12,
    RawBsd14 = 14,
    PppHdlc = 50,
    PppEthernet = 51,
    Raw = 101,
    FrameRelay = 107,
    Ieee80211 = 105,
    Loop = 108,
    LinuxSll = 113,
    Ieee80211Radiotap = 127,
    Ipv4 = 228,
    Ipv6 = 229,
    Nflog = 239,
    Pktap = 258,
    LinuxSll2 = 276,
}
