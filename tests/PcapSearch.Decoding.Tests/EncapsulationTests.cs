using PcapSearch.Capture;
using static PcapSearch.Decoding.Tests.Decoding;
using static PcapSearch.Decoding.Tests.FrameBuilder;

namespace PcapSearch.Decoding.Tests;

public class EncapsulationTests
{
    [Fact]
    public void Vlan_tag_gives_its_id()
    {
        DecodedPacket p = Decode("eth-vlan-ipv4");
        AssertInnerTcpSyn(p);
        Assert.True(p.HasVlan);
        Assert.Equal(100, p.VlanId);
        Assert.False(p.HasInnerVlan);
        Assert.Equal(Encapsulations.Vlan, p.Encapsulations);
    }

    [Theory]
    [InlineData("eth-qinq-88a8", 10, 20)]
    [InlineData("eth-qinq-9100", 30, 40)]
    public void Qinq_gives_outer_and_inner_ids(string name, int outer, int inner)
    {
        DecodedPacket p = Decode(name);
        Assert.Equal(DecodeOutcome.Ip, p.Outcome);
        Assert.Equal(outer, p.VlanId);
        Assert.True(p.HasInnerVlan);
        Assert.Equal(inner, p.InnerVlanId);
        Assert.Equal(Encapsulations.Vlan | Encapsulations.QinQ, p.Encapsulations);
    }

    [Fact]
    public void Mpls_stack_then_ipv4()
    {
        DecodedPacket p = Decode("eth-mpls-ipv4");
        AssertInnerTcpSyn(p);
        Assert.Equal(Encapsulations.Mpls, p.Encapsulations);
    }

    [Fact]
    public void Mpls_then_ipv6()
    {
        AssertInnerIpv6Udp(Decode("eth-mpls-ipv6"));
    }

    [Fact]
    public void Mpls_pseudowire_with_control_word_carries_ethernet()
    {
        DecodedPacket p = Decode("eth-mpls-pw-eth");
        AssertInnerTcpSyn(p);
        Assert.Equal(CraftedFrames.MacC, p.SourceMac);
        Assert.Equal(CraftedFrames.MacD, p.DestinationMac);
    }

    [Fact]
    public void Ppp_over_mpls_over_ppp()
    {
        DecodedPacket p = Decode("ppp-hdlc-mpls");
        AssertInnerTcpSyn(p);
        Assert.Equal(Encapsulations.Mpls, p.Encapsulations);
    }

    [Theory]
    [InlineData("eth-pppoe-ipv4")]
    [InlineData("eth-pppoe-ipv6")]
    public void Pppoe_session_carries_ip(string name)
    {
        DecodedPacket p = Decode(name);
        if (p.IpVersion == 4) AssertInnerTcpSyn(p);
        else AssertInnerIpv6Udp(p);
        Assert.Equal(Encapsulations.Pppoe, p.Encapsulations);
    }

    [Fact]
    public void Gre_with_checksum_key_and_sequence()
    {
        DecodedPacket p = Decode("eth-gre-ipv4");
        AssertInnerTcpSyn(p);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(Encapsulations.Gre, p.Encapsulations);
        Assert.Equal(42u, p.TunnelId);
    }

    [Fact]
    public void Gre_transparent_ethernet_bridging_takes_the_inner_macs()
    {
        DecodedPacket p = Decode("eth-gre-teb");
        AssertInnerTcpSyn(p);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(CraftedFrames.MacC, p.SourceMac);
        Assert.Equal(0u, p.TunnelId);
    }

    [Fact]
    public void Gre_with_an_unknown_payload_stays_protocol_47()
    {
        DecodedPacket p = Decode("eth-gre-unknown");
        AssertIp(p, "192.0.2.1", "192.0.2.2", 47);
        Assert.False(p.HasOuterIp);
        Assert.Equal(Encapsulations.None, p.Encapsulations);
        Assert.Equal(24, p.PayloadWireLength);
    }

    [Fact]
    public void Pptp_enhanced_gre_gives_the_call_id()
    {
        DecodedPacket p = Decode("eth-gre-pptp");
        AssertInnerTcpSyn(p);
        Assert.Equal(7u, p.TunnelId);
        Assert.Equal(Encapsulations.Gre, p.Encapsulations);
    }

    [Theory]
    [InlineData("eth-erspan1", 0u)]
    [InlineData("eth-erspan2", 99u)]
    [InlineData("eth-erspan3", 77u)]
    public void Erspan_types_reach_the_mirrored_frame(string name, uint session)
    {
        DecodedPacket p = Decode(name);
        AssertInnerTcpSyn(p);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(session, p.TunnelId);
        Assert.Equal(CraftedFrames.MacC, p.SourceMac);
        Assert.Equal(Encapsulations.Gre | Encapsulations.Erspan, p.Encapsulations & ~Encapsulations.Vlan);
    }

    [Theory]
    [InlineData(0x88BE)]
    [InlineData(0x22EB)]
    public void Erspan_straight_on_ethernet_reaches_the_mirrored_frame(int etherType)
    {
        byte[] erspan = etherType == 0x88BE ? ErspanII(12, CraftedFrames.InnerEthernet)
            : ErspanIII(12, CraftedFrames.InnerEthernet, platformSubheader: false);
        byte[] frame = Ethernet((ushort)etherType, erspan);
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        AssertInnerTcpSyn(p);
        Assert.False(p.HasOuterIp);
        Assert.Equal(12u, p.TunnelId);
        Assert.Equal(CraftedFrames.MacC, p.SourceMac);
        Assert.Equal(Encapsulations.Erspan, p.Encapsulations);
    }

    [Fact]
    public void Erspan_mirrored_frame_tags_replace_the_carriers()
    {
        DecodedPacket p = Decode("eth-erspan2");
        Assert.True(p.HasVlan);
        Assert.Equal(5, p.VlanId);
    }

    [Fact]
    public void Vxlan_gives_the_vni_and_inner_frame()
    {
        DecodedPacket p = Decode("eth-vxlan");
        AssertInnerTcpSyn(p);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(5001u, p.TunnelId);
        Assert.Equal(Encapsulations.Vxlan, p.Encapsulations);
        Assert.Equal(CraftedFrames.MacD, p.DestinationMac);
    }

    [Fact]
    public void Geneve_skips_options()
    {
        DecodedPacket p = Decode("eth-geneve");
        AssertInnerTcpSyn(p);
        Assert.Equal(77u, p.TunnelId);
        Assert.Equal(Encapsulations.Geneve, p.Encapsulations);
    }

    [Fact]
    public void Geneve_can_carry_ip_directly()
    {
        DecodedPacket p = Decode("eth-geneve-ipv6");
        AssertInnerIpv6Udp(p);
        Assert.Equal(78u, p.TunnelId);
    }

    [Fact]
    public void Gtpu_gives_the_teid()
    {
        DecodedPacket p = Decode("eth-gtpu");
        AssertInnerTcpSyn(p);
        Assert.Equal(0xDEADBEEFu, p.TunnelId);
        Assert.Equal(Encapsulations.GtpU, p.Encapsulations);
    }

    [Fact]
    public void Gtpu_extension_headers_are_skipped()
    {
        DecodedPacket p = Decode("eth-gtpu-ext");
        AssertInnerIpv6Udp(p);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(0xCAFEF00Du, p.TunnelId);
    }

    [Fact]
    public void Gtpu_signalling_stays_udp()
    {
        byte[] echo = Cat([0x32, 0x01], U16(4), U32(0), U16(1), [0, 0]);
        byte[] frame = Ethernet(0x0800, Ipv4("192.0.2.1", "192.0.2.2", 17, Udp(2152, 2152, echo)));
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        AssertIp(p, "192.0.2.1", "192.0.2.2", 17, 2152, 2152);
        Assert.Equal(Encapsulations.None, p.Encapsulations);
    }

    [Theory]
    [InlineData("eth-ipip", "192.0.2.1", "192.0.2.2")]
    [InlineData("eth-4in6", "2001:db8::a", "2001:db8::b")]
    public void Ipv4_in_ip(string name, string outerSource, string outerDestination)
    {
        DecodedPacket p = Decode(name);
        AssertInnerTcpSyn(p);
        AssertOuter(p, outerSource, outerDestination);
        Assert.Equal(Encapsulations.IpInIp, p.Encapsulations);
        Assert.Equal(0x0800, p.EtherType);
    }

    [Theory]
    [InlineData("eth-6in4", "192.0.2.1", "192.0.2.2")]
    [InlineData("eth-6in6", "2001:db8::a", "2001:db8::b")]
    public void Ipv6_in_ip(string name, string outerSource, string outerDestination)
    {
        DecodedPacket p = Decode(name);
        AssertInnerIpv6Udp(p);
        AssertOuter(p, outerSource, outerDestination);
        Assert.Equal(Encapsulations.IpInIp, p.Encapsulations);
    }

    [Fact]
    public void Teredo_with_origin_indication()
    {
        DecodedPacket p = Decode("eth-teredo");
        AssertInnerIpv6Udp(p);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(Encapsulations.Teredo, p.Encapsulations);
    }

    [Fact]
    public void Teredo_port_without_ipv6_stays_udp()
    {
        byte[] frame = Ethernet(0x0800, Ipv4("192.0.2.1", "192.0.2.2", 17, Udp(3544, 40000, Bytes(60))));
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        AssertIp(p, "192.0.2.1", "192.0.2.2", 17, 3544, 40000);
    }

    [Fact]
    public void Nested_tunnels_keep_the_outermost_ip_and_the_innermost_tunnel_id()
    {
        DecodedPacket p = Decode("eth-vxlan-in-gre");
        AssertInnerTcpSyn(p);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(9u, p.TunnelId);
        Assert.Equal(Encapsulations.Gre | Encapsulations.Vxlan, p.Encapsulations);
    }

    [Fact]
    public void Nesting_beyond_the_cap_is_accounted_as_the_carrier()
    {
        byte[] packet = CraftedFrames.Ipv4Tcp;
        for (int i = 0; i < 20; i++) packet = Ipv4("192.0.2.1", "192.0.2.2", 4, packet);
        byte[] frame = Ethernet(0x0800, packet);
        new PacketDecoder(new DecoderOptions { MaxLayers = 8 }).Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Ip, p.Outcome);
        Assert.Equal(DecodeAnomaly.TooManyNestedLayers, p.Anomaly);
        Assert.Equal(IpAddress.Parse("192.0.2.1"), p.Source);
        Assert.Equal(IpAddress.Parse("192.0.2.2"), p.Destination);
        Assert.Equal(4, p.Protocol);
        Assert.Equal(Encapsulations.IpInIp, p.Encapsulations);
        Assert.True(p.HasMacs);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
    }

    [Fact]
    public void Truncated_inner_header_is_accounted_as_the_carrier_with_its_anomaly()
    {
        byte[] frame = CraftedFrames.Get("eth-vxlan").Frame;
        int cut = 14 + 20 + 8 + 8 + 14 + 10;
        new PacketDecoder().Decode(LinkType.Ethernet, frame.AsSpan(0, cut), frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Ip, p.Outcome);
        Assert.Equal(DecodeAnomaly.TruncatedIpHeader, p.Anomaly);
        Assert.Equal(IpAddress.Parse("192.0.2.1"), p.Source);
        Assert.Equal(17, p.Protocol);
        Assert.Equal(50000, p.SourcePort);
        Assert.Equal(4789, p.DestinationPort);
        Assert.Equal(5001u, p.TunnelId);
        Assert.Equal(Encapsulations.Vxlan, p.Encapsulations);
        Assert.Equal(MacA, p.SourceMac);
        Assert.Equal(cut - 14 - 20 - 8, p.Payload.Length);
        Assert.Equal(frame.Length - 14 - 20 - 8, p.PayloadWireLength);
    }

    [Fact]
    public void Tunnel_carrying_no_ip_is_accounted_as_the_carrier()
    {
        byte[] frame = Ethernet(0x0800, Ipv4("192.0.2.1", "192.0.2.2", 47, Gre(0x88BE, ErspanII(3, Ethernet(0x0806, Bytes(28), CraftedFrames.MacD, CraftedFrames.MacC)), sequence: 1)));
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        AssertIp(p, "192.0.2.1", "192.0.2.2", 47);
        Assert.Equal(0x0800, p.EtherType);
        Assert.Equal(MacA, p.SourceMac);
        Assert.Equal(MacB, p.DestinationMac);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(3u, p.TunnelId);
        Assert.Equal(Encapsulations.Gre | Encapsulations.Erspan, p.Encapsulations);
        Assert.Equal(frame.Length - 14 - 20, p.Payload.Length);
    }

    [Fact]
    public void Vxlan_gpe_carries_ip_directly()
    {
        DecodedPacket p = Decode("eth-vxlan-gpe-ipv4");
        AssertInnerTcpSyn(p);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(0x1234u, p.TunnelId);
        Assert.Equal(Encapsulations.Vxlan, p.Encapsulations);
    }

    [Fact]
    public void Vxlan_carrying_arp_is_the_outer_udp_datagram()
    {
        DecodedPacket p = Decode("eth-vxlan-arp");
        AssertIp(p, "192.0.2.1", "192.0.2.2", 17, 50000, 4789);
        Assert.Equal(0x0800, p.EtherType);
        Assert.Equal(MacA, p.SourceMac);
        Assert.Equal(7u, p.TunnelId);
        Assert.Equal(Encapsulations.Vxlan, p.Encapsulations);
        Assert.Equal(8 + 14 + 28, p.Payload.Length);
        Assert.Equal(8 + 14 + 28, p.PayloadWireLength);
    }

    [Fact]
    public void Aruba_gre_carries_an_80211_data_frame()
    {
        DecodedPacket p = Decode("eth-gre-aruba");
        AssertInnerTcpSyn(p);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(Encapsulations.Gre, p.Encapsulations);
        Assert.Equal(0x03UL, p.DestinationMac);
        Assert.Equal(0x02UL, p.SourceMac);
    }

    [Fact]
    public void Aruba_gre_amsdu_gives_its_first_subframe()
    {
        DecodedPacket p = Decode("eth-gre-aruba-amsdu");
        AssertInnerTcpSyn(p);
        Assert.Equal(Encapsulations.Gre, p.Encapsulations);
        Assert.Equal(CraftedFrames.MacD, p.DestinationMac);
        Assert.Equal(CraftedFrames.MacC, p.SourceMac);
    }

    [Theory]
    [InlineData(0x8210)]
    [InlineData(0x8370)]
    [InlineData(0x9000)]
    public void Every_aruba_gre_type_carries_80211(int protocol)
    {
        byte[] frame = Ethernet(0x0800, Ipv4("192.0.2.1", "192.0.2.2", 47, Gre((ushort)protocol, Ieee80211Data(Snap(0x0800, CraftedFrames.Ipv4Tcp), toDs: true, fromDs: false))));
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        AssertInnerTcpSyn(p);
    }

    [Fact]
    public void Gre_type_between_aruba_types_stays_gre()
    {
        byte[] frame = Ethernet(0x0800, Ipv4("192.0.2.1", "192.0.2.2", 47, Gre(0x8201, Ieee80211Data(Snap(0x0800, CraftedFrames.Ipv4Tcp), toDs: true, fromDs: false))));
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        AssertIp(p, "192.0.2.1", "192.0.2.2", 47);
        Assert.Equal(Encapsulations.None, p.Encapsulations);
    }

    [Fact]
    public void Ayiya_forwards_ipv6()
    {
        DecodedPacket p = Decode("eth-ayiya");
        AssertInnerIpv6Udp(p);
        AssertOuter(p, "192.0.2.1", "192.0.2.2");
        Assert.Equal(Encapsulations.Ayiya, p.Encapsulations);
    }

    [Fact]
    public void Ayiya_large_identity_is_skipped()
    {
        byte[] ayiya = Cat([0x81, 0x52, 0x11, 41], U32(0), Bytes(256, 0), Bytes(20, 0x22), CraftedFrames.Ipv6Udp);
        byte[] frame = Ethernet(0x0800, Ipv4("192.0.2.1", "192.0.2.2", 17, Udp(12345, 5072, ayiya)));
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        AssertInnerIpv6Udp(p);
    }

    [Fact]
    public void Ayiya_heartbeat_stays_udp()
    {
        byte[] frame = Ethernet(0x0800, Ipv4("192.0.2.1", "192.0.2.2", 17, Udp(40000, 5072, Ayiya(59, [], opcode: 0))));
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        AssertIp(p, "192.0.2.1", "192.0.2.2", 17, 40000, 5072);
        Assert.Equal(Encapsulations.None, p.Encapsulations);
    }

    [Fact]
    public void Truncated_gre_header_is_a_tunnel_anomaly()
    {
        byte[] frame = CraftedFrames.Get("eth-gre-ipv4").Frame;
        new PacketDecoder().Decode(LinkType.Ethernet, frame.AsSpan(0, 14 + 20 + 6), frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Malformed, p.Outcome);
        Assert.Equal(DecodeAnomaly.TruncatedTunnelHeader, p.Anomaly);
        Assert.Equal(IpAddress.Parse("192.0.2.1"), p.Source);
    }
}
