using PcapSearch.Capture;
using static PcapSearch.Decoding.Tests.FrameBuilder;

namespace PcapSearch.Decoding.Tests;

/// <summary>One well-formed frame per link type and encapsulation, shared by the field, prefix and mutation tests.</summary>
internal static class CraftedFrames
{
    public const ulong MacC = 0x0200_0000_00CC;
    public const ulong MacD = 0x0200_0000_00DD;

    public static readonly byte[] TcpSyn = Tcp(1234, 80, 0x02, 1000, Bytes(10));
    public static readonly byte[] UdpDns = Udp(5353, 53, Bytes(12));
    public static readonly byte[] Ipv4Tcp = Ipv4("10.0.0.1", "10.0.0.2", 6, TcpSyn);
    public static readonly byte[] Ipv4Udp = Ipv4("10.0.0.1", "10.0.0.2", 17, UdpDns);
    public static readonly byte[] Ipv6Udp = Ipv6("2001:db8::1", "2001:db8::2", 17, UdpDns);
    public static readonly byte[] InnerEthernet = Ethernet(0x0800, Ipv4Tcp, MacD, MacC);

    private static byte[] OuterIpv4(byte protocol, byte[] payload) => Ethernet(0x0800, Ipv4("192.0.2.1", "192.0.2.2", protocol, payload));

    public static readonly IReadOnlyDictionary<string, (LinkType Link, byte[] Frame)> All = new Dictionary<string, (LinkType, byte[])>
    {
        ["eth-ipv4-tcp"] = (LinkType.Ethernet, Ethernet(0x0800, Ipv4Tcp)),
        ["eth-ipv4-padded"] = (LinkType.Ethernet, Cat(Ethernet(0x0800, Ipv4("10.0.0.1", "10.0.0.2", 17, Udp(1, 2, Bytes(2)))), Bytes(16, 0xEE))),
        ["eth-ipv4-options"] = (LinkType.Ethernet, Ethernet(0x0800, Ipv4("10.0.0.1", "10.0.0.2", 6, TcpSyn, optionsLength: 8))),
        ["eth-ipv4-tso"] = (LinkType.Ethernet, Ethernet(0x0800, Ipv4("10.0.0.1", "10.0.0.2", 6, TcpSyn, totalLength: 0))),
        ["eth-ipv6-udp"] = (LinkType.Ethernet, Ethernet(0x86DD, Ipv6Udp)),
        ["eth-vlan-ipv4"] = (LinkType.Ethernet, Ethernet(0x0800, Ipv4Tcp, tags: (0x8100, 0x2064))),
        ["eth-qinq-88a8"] = (LinkType.Ethernet, Ethernet(0x0800, Ipv4Tcp, tags: [(0x88A8, 10), (0x8100, 20)])),
        ["eth-qinq-9100"] = (LinkType.Ethernet, Ethernet(0x86DD, Ipv6Udp, tags: [(0x9100, 30), (0x8100, 40)])),
        ["eth-vlan-arp"] = (LinkType.Ethernet, Ethernet(0x0806, Bytes(28), tags: (0x8100, 7))),
        ["eth-arp"] = (LinkType.Ethernet, Ethernet(0x0806, Bytes(28))),
        ["eth-8023-snap-ipv4"] = (LinkType.Ethernet, Ethernet8023(Ipv4Tcp, 0x0800)),
        ["eth-8023-stp"] = (LinkType.Ethernet, Ethernet8023(Bytes(35, 0), null)),
        ["eth-vntag"] = (LinkType.Ethernet, Ethernet(0x8926, Cat(U32(0x33), U16(0x8100), U16(250), U16(0x0800), Ipv4Tcp), tags: (0x8100, 250))),
        ["eth-pbb"] = (LinkType.Ethernet, Ethernet(0x88E7, Cat(U32(2014000), InnerEthernet), tags: (0x88A8, 0xFD3))),
        ["eth-fabricpath"] = (LinkType.Ethernet, Ethernet(0x8903, Cat(U16(0x0020), InnerEthernet))),
        ["eth-cisco-metadata"] = (LinkType.Ethernet, Ethernet(0x8909, Cat(Bytes(6, 0), U16(0x0800), Ipv4Tcp))),
        ["eth-nsh-ipv4"] = (LinkType.Ethernet, Ethernet(0x894F, Cat([0x0F, 0xC6, 0x01, 0x01], U32(0x000045FF), Bytes(16, 0), Ipv4Tcp))),
        ["eth-nsh-ethernet"] = (LinkType.Ethernet, Ethernet(0x894F, Cat([0x00, 0x02, 0x02, 0x03], U32(0x00001000), InnerEthernet))),
        ["eth-mpls-ipv4"] = (LinkType.Ethernet, Ethernet(0x8847, Mpls(Ipv4Tcp, 100, 200))),
        ["eth-mpls-ipv6"] = (LinkType.Ethernet, Ethernet(0x8847, Mpls(Ipv6Udp, 16))),
        ["eth-mpls-pw-eth"] = (LinkType.Ethernet, Ethernet(0x8847, Mpls(Cat(U32(0), InnerEthernet), 300))),
        ["eth-pppoe-ipv4"] = (LinkType.Ethernet, Ethernet(0x8864, Pppoe(0x0021, Ipv4Tcp))),
        ["eth-pppoe-ipv6"] = (LinkType.Ethernet, Ethernet(0x8864, Pppoe(0x0057, Ipv6Udp))),
        ["eth-pppoe-lcp"] = (LinkType.Ethernet, Ethernet(0x8864, Pppoe(0xC021, Bytes(10)))),
        ["eth-gre-ipv4"] = (LinkType.Ethernet, OuterIpv4(47, Gre(0x0800, Ipv4Tcp, key: 42, sequence: 1, checksum: true))),
        ["eth-gre-teb"] = (LinkType.Ethernet, OuterIpv4(47, Gre(0x6558, InnerEthernet))),
        ["eth-gre-unknown"] = (LinkType.Ethernet, OuterIpv4(47, Gre(0x1234, Bytes(20)))),
        ["eth-gre-pptp"] = (LinkType.Ethernet, OuterIpv4(47, GrePptp(7, Cat([0xFF, 0x03], U16(0x0021), Ipv4Tcp), sequence: 1, acknowledgment: 2))),
        ["eth-erspan1"] = (LinkType.Ethernet, OuterIpv4(47, Gre(0x88BE, InnerEthernet))),
        ["eth-erspan2"] = (LinkType.Ethernet, OuterIpv4(47, Gre(0x88BE, ErspanII(99, Ethernet(0x0800, Ipv4Tcp, MacD, MacC, (0x8100, 5))), sequence: 1))),
        ["eth-erspan3"] = (LinkType.Ethernet, OuterIpv4(47, Gre(0x22EB, ErspanIII(77, InnerEthernet, platformSubheader: true), sequence: 1))),
        ["eth-vxlan"] = (LinkType.Ethernet, OuterIpv4(17, Udp(50000, 4789, Vxlan(5001, InnerEthernet)))),
        ["eth-geneve"] = (LinkType.Ethernet, OuterIpv4(17, Udp(50000, 6081, Geneve(77, 0x6558, InnerEthernet, optionWords: 2)))),
        ["eth-geneve-ipv6"] = (LinkType.Ethernet, OuterIpv4(17, Udp(50000, 6081, Geneve(78, 0x86DD, Ipv6Udp)))),
        ["eth-gtpu"] = (LinkType.Ethernet, OuterIpv4(17, Udp(2152, 2152, GtpU(0xDEADBEEF, Ipv4Tcp)))),
        ["eth-gtpu-ext"] = (LinkType.Ethernet, OuterIpv4(17, Udp(2152, 2152, GtpU(0xCAFEF00D, Ipv6Udp, withExtension: true)))),
        ["eth-ipip"] = (LinkType.Ethernet, OuterIpv4(4, Ipv4Tcp)),
        ["eth-6in4"] = (LinkType.Ethernet, OuterIpv4(41, Ipv6Udp)),
        ["eth-4in6"] = (LinkType.Ethernet, Ethernet(0x86DD, Ipv6("2001:db8::a", "2001:db8::b", 4, Ipv4Tcp))),
        ["eth-6in6"] = (LinkType.Ethernet, Ethernet(0x86DD, Ipv6("2001:db8::a", "2001:db8::b", 41, Ipv6Udp))),
        ["eth-teredo"] = (LinkType.Ethernet, OuterIpv4(17, Udp(3544, 40000, Cat(U16(0), Bytes(6, 1), Ipv6Udp)))),
        ["eth-gre-aruba"] = (LinkType.Ethernet, OuterIpv4(47, Gre(0x8200, Ieee80211Data(Snap(0x0800, Ipv4Tcp), toDs: true, fromDs: false, qos: true)))),
        ["eth-gre-aruba-amsdu"] = (LinkType.Ethernet, OuterIpv4(47, Gre(0x8240, Ieee80211Data(
            Cat(AmsduSubframe(MacD, MacC, Snap(0x0800, Ipv4Tcp)), AmsduSubframe(MacD, MacC, Snap(0x0800, Ipv4Udp))), toDs: false, fromDs: true, qos: true, amsdu: true)))),
        ["eth-vxlan-gpe-ipv4"] = (LinkType.Ethernet, OuterIpv4(17, Udp(40000, 4790, Cat([0x08, 0, 0, 1], U32(0x1234u << 8), Ipv4Tcp)))),
        ["eth-vxlan-arp"] = (LinkType.Ethernet, OuterIpv4(17, Udp(50000, 4789, Vxlan(7, Ethernet(0x0806, Bytes(28), MacD, MacC))))),
        ["eth-ayiya"] = (LinkType.Ethernet, OuterIpv4(17, Udp(40000, 5072, Ayiya(41, Ipv6Udp)))),
        ["eth-vxlan-in-gre"] = (LinkType.Ethernet, OuterIpv4(47, Gre(0x0800, Ipv4("172.16.0.1", "172.16.0.2", 17, Udp(1, 4789, Vxlan(9, InnerEthernet))), key: 1))),
        ["eth-ipv6-ext"] = (LinkType.Ethernet, Ethernet(0x86DD, Ipv6("2001:db8::1", "2001:db8::2", 0,
            Ipv6Extension(43, Ipv6Extension(60, Ipv6Extension(6, TcpSyn)), units: 2)))),
        ["eth-ipv6-ah"] = (LinkType.Ethernet, Ethernet(0x86DD, Ipv6("2001:db8::1", "2001:db8::2", 51, Cat([17, 4, 0, 0], Bytes(20, 0), UdpDns)))),
        ["eth-ipv6-esp"] = (LinkType.Ethernet, Ethernet(0x86DD, Ipv6("2001:db8::1", "2001:db8::2", 50, Bytes(40)))),
        ["eth-ipv6-nonext"] = (LinkType.Ethernet, Ethernet(0x86DD, Ipv6("2001:db8::1", "2001:db8::2", 59, []))),
        ["eth-ipv6-atomic-fragment"] = (LinkType.Ethernet, Ethernet(0x86DD, Ipv6("2001:db8::1", "2001:db8::2", 44, Ipv6Fragment(17, 0, false, 5, UdpDns)))),
        ["eth-icmp-echo"] = (LinkType.Ethernet, Ethernet(0x0800, Ipv4("10.0.0.1", "10.0.0.2", 1, Icmp(8, 0, 0x4242, 1, Bytes(32))))),
        ["eth-icmp-timestamp"] = (LinkType.Ethernet, Ethernet(0x0800, Ipv4("10.0.0.1", "10.0.0.2", 1, Icmp(13, 0, 0x1313, 1, Bytes(12))))),
        ["eth-icmp-unreachable"] = (LinkType.Ethernet, Ethernet(0x0800, Ipv4("10.0.0.2", "10.0.0.1", 1, Icmp(3, 3, 0, 0, Ipv4Udp[..28])))),
        ["eth-icmpv6-echo"] = (LinkType.Ethernet, Ethernet(0x86DD, Ipv6("2001:db8::1", "2001:db8::2", 58, Icmp(128, 0, 0x777, 1, Bytes(16))))),
        ["eth-sctp"] = (LinkType.Ethernet, Ethernet(0x0800, Ipv4("10.0.0.1", "10.0.0.2", 132, Sctp(2905, 2906, Bytes(16))))),
        ["eth-ospf"] = (LinkType.Ethernet, Ethernet(0x0800, Ipv4("10.0.0.1", "224.0.0.5", 89, Bytes(44)))),
        ["sll-ipv4"] = (LinkType.LinuxSll, LinuxSll(0x0800, Ipv4Tcp)),
        ["sll-vlan-ipv4"] = (LinkType.LinuxSll, LinuxSll(0x8100, Cat(U16(12), U16(0x0800), Ipv4Tcp))),
        ["sll2-ipv6"] = (LinkType.LinuxSll2, LinuxSll2(0x86DD, Ipv6Udp)),
        ["raw-ipv4"] = (LinkType.Raw, Ipv4Tcp),
        ["raw-ipv6"] = (LinkType.Raw, Ipv6Udp),
        ["raw12-ipv4"] = (LinkType.RawBsdOs, Ipv4Tcp),
        ["raw14-ipv6"] = (LinkType.RawBsd14, Ipv6Udp),
        ["linktype-ipv4"] = (LinkType.Ipv4, Ipv4Tcp),
        ["linktype-ipv6"] = (LinkType.Ipv6, Ipv6Udp),
        ["linktype-ipv4-carrying-ipv6"] = (LinkType.Ipv4, Ipv6Udp),
        ["pktap-ethernet"] = (LinkType.Pktap, Cat([20, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], Bytes(8, 0), Ethernet(0x0800, Ipv4Tcp))),
        ["nflog-ipv4"] = (LinkType.Nflog, Nflog(Ipv4Tcp)),
        ["fddi-snap-ipv4"] = (LinkType.Fddi, Cat([0x50], Mac(MacB), Mac(MacA), Snap(0x0800, Ipv4Tcp))),
        ["frelay-cisco-ipv4"] = (LinkType.FrameRelay, Cat([0x18, 0x61], U16(0x0800), Ipv4Tcp)),
        ["frelay-ietf-ipv6"] = (LinkType.FrameRelay, Cat([0x18, 0x61, 0x03, 0x8E], Ipv6Udp)),
        ["null-ipv4"] = (LinkType.Null, Null(2, Ipv4Tcp, networkOrder: false)),
        ["null-ipv6-darwin"] = (LinkType.Null, Null(30, Ipv6Udp, networkOrder: false)),
        ["loop-ipv6-openbsd"] = (LinkType.Loop, Null(24, Ipv6Udp, networkOrder: true)),
        ["loop-ipv6-freebsd"] = (LinkType.Loop, Null(28, Ipv6Udp, networkOrder: true)),
        ["ppp-ipv4"] = (LinkType.Ppp, Cat([0xFF, 0x03], U16(0x0021), Ipv4Tcp)),
        ["ppp-compressed-ipv4"] = (LinkType.Ppp, Cat([0x21], Ipv4Tcp)),
        ["ppp-hdlc-ipv6"] = (LinkType.PppHdlc, Cat(U16(0x0057), Ipv6Udp)),
        ["ppp-hdlc-mpls"] = (LinkType.PppHdlc, Cat([0xFF, 0x03], U16(0x0281), Mpls(Ipv4Tcp, 17))),
        ["wifi-fromds-ipv4"] = (LinkType.Ieee80211, Ieee80211Data(Snap(0x0800, Ipv4Tcp), toDs: false, fromDs: true)),
        ["wifi-tods-ipv6"] = (LinkType.Ieee80211, Ieee80211Data(Snap(0x86DD, Ipv6Udp), toDs: true, fromDs: false)),
        ["wifi-wds-qos-ht"] = (LinkType.Ieee80211, Ieee80211Data(Snap(0x0800, Ipv4Tcp), toDs: true, fromDs: true, qos: true, order: true)),
        ["wifi-protected"] = (LinkType.Ieee80211, Ieee80211Data(Bytes(40), toDs: true, fromDs: false, isProtected: true)),
        ["wifi-beacon"] = (LinkType.Ieee80211, Cat([0x80, 0, 0, 0], Mac(0xFFFFFFFFFFFF), Mac(0x02), Mac(0x02), [0, 0], Bytes(30))),
        ["radiotap-wifi-ipv4"] = (LinkType.Ieee80211Radiotap, Radiotap(Ieee80211Data(Snap(0x0800, Ipv4Tcp), toDs: false, fromDs: false, qos: true))),
    };

    public static (LinkType Link, byte[] Frame) Get(string name) => All[name];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (string name in All.Keys) data.Add(name);
        return data;
    }
}
