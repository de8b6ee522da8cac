using PcapSearch.Capture;
using static PcapSearch.Decoding.Tests.Decoding;
using static PcapSearch.Decoding.Tests.FrameBuilder;

namespace PcapSearch.Decoding.Tests;

public class LinkLayerTests
{
    [Fact]
    public void Ethernet_ipv4_tcp_fills_every_field()
    {
        byte[] frame = CraftedFrames.Get("eth-ipv4-tcp").Frame;
        var decoder = new PacketDecoder();
        DecodeOutcome outcome = decoder.Decode(LinkType.Ethernet, frame, frame.Length + 4, 0, out DecodedPacket p);

        Assert.Equal(DecodeOutcome.Ip, outcome);
        Assert.True(p.HasMacs);
        Assert.Equal(MacA, p.SourceMac);
        Assert.Equal(MacB, p.DestinationMac);
        Assert.Equal(0x0800, p.EtherType);
        Assert.False(p.HasVlan);
        Assert.Equal(Encapsulations.None, p.Encapsulations);
        Assert.False(p.HasOuterIp);
        AssertInnerTcpSyn(p);
        Assert.Equal(64, p.Ttl);
        Assert.Equal(frame.Length + 4, p.FrameBytes);
    }

    [Fact]
    public void Ethernet_padding_is_cut_by_the_ip_total_length()
    {
        DecodedPacket p = Decode("eth-ipv4-padded");
        AssertIp(p, "10.0.0.1", "10.0.0.2", 17, 1, 2);
        Assert.Equal(2, p.Payload.Length);
        Assert.Equal(2, p.PayloadWireLength);
    }

    [Fact]
    public void Ipv4_options_are_skipped()
    {
        AssertInnerTcpSyn(Decode("eth-ipv4-options"));
    }

    [Fact]
    public void Zero_total_length_from_segmentation_offload_uses_the_frame()
    {
        AssertInnerTcpSyn(Decode("eth-ipv4-tso"));
    }

    [Fact]
    public void Snap_carries_an_ethertype()
    {
        DecodedPacket p = Decode("eth-8023-snap-ipv4");
        AssertInnerTcpSyn(p);
        Assert.False(p.IsLlc);
    }

    [Fact]
    public void Llc_without_snap_is_not_ip_with_macs()
    {
        DecodedPacket p = Decode("eth-8023-stp");
        Assert.Equal(DecodeOutcome.NotIp, p.Outcome);
        Assert.True(p.IsLlc);
        Assert.Equal(0, p.EtherType);
        Assert.Equal(MacA, p.SourceMac);
    }

    [Theory]
    [InlineData("eth-arp", false)]
    [InlineData("eth-vlan-arp", true)]
    public void Arp_is_not_ip_with_its_ethertype(string name, bool tagged)
    {
        DecodedPacket p = Decode(name);
        Assert.Equal(DecodeOutcome.NotIp, p.Outcome);
        Assert.Equal(0x0806, p.EtherType);
        Assert.Equal(MacB, p.DestinationMac);
        Assert.Equal(tagged, p.HasVlan);
        if (tagged) Assert.Equal(7, p.VlanId);
    }

    [Theory]
    [InlineData("sll-ipv4")]
    [InlineData("raw-ipv4")]
    [InlineData("raw12-ipv4")]
    [InlineData("linktype-ipv4")]
    [InlineData("null-ipv4")]
    [InlineData("ppp-ipv4")]
    [InlineData("ppp-compressed-ipv4")]
    [InlineData("wifi-fromds-ipv4")]
    [InlineData("wifi-wds-qos-ht")]
    [InlineData("radiotap-wifi-ipv4")]
    [InlineData("fddi-snap-ipv4")]
    [InlineData("frelay-cisco-ipv4")]
    public void Link_types_reach_the_ipv4_tcp_packet(string name)
    {
        DecodedPacket p = Decode(name);
        AssertInnerTcpSyn(p);
        Assert.Equal(0x0800, p.EtherType);
    }

    [Theory]
    [InlineData("sll2-ipv6")]
    [InlineData("raw-ipv6")]
    [InlineData("raw14-ipv6")]
    [InlineData("linktype-ipv6")]
    [InlineData("null-ipv6-darwin")]
    [InlineData("loop-ipv6-openbsd")]
    [InlineData("loop-ipv6-freebsd")]
    [InlineData("ppp-hdlc-ipv6")]
    [InlineData("wifi-tods-ipv6")]
    [InlineData("frelay-ietf-ipv6")]
    public void Link_types_reach_the_ipv6_udp_packet(string name)
    {
        DecodedPacket p = Decode(name);
        AssertInnerIpv6Udp(p);
        Assert.Equal(0x86DD, p.EtherType);
    }

    [Fact]
    public void Nflog_payload_attribute_holds_the_ip_packet()
    {
        DecodedPacket p = Decode("nflog-ipv4");
        AssertInnerTcpSyn(p);
        Assert.False(p.HasMacs);
    }

    [Fact]
    public void Nflog_without_payload_is_not_ip()
    {
        byte[] frame = Nflog(null);
        new PacketDecoder().Decode(LinkType.Nflog, frame, frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.NotIp, p.Outcome);
        Assert.Equal(DecodeAnomaly.None, p.Anomaly);
    }

    [Fact]
    public void Nflog_attribute_shorter_than_its_header_is_malformed()
    {
        byte[] frame = Cat([2, 0], U16(0), [2, 0, 9, 0], CraftedFrames.Ipv4Tcp);
        new PacketDecoder().Decode(LinkType.Nflog, frame, frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Malformed, p.Outcome);
        Assert.Equal(DecodeAnomaly.TruncatedLinkHeader, p.Anomaly);
    }

    [Fact]
    public void Fddi_gives_its_addresses()
    {
        DecodedPacket p = Decode("fddi-snap-ipv4");
        Assert.Equal(MacB, p.DestinationMac);
        Assert.Equal(MacA, p.SourceMac);
    }

    [Fact]
    public void Frame_relay_snap_carries_an_ethertype_and_other_nlpids_are_not_ip()
    {
        byte[] snap = Cat([0x18, 0x61, 0x03, 0x80], [0, 0, 0], U16(0x0800), CraftedFrames.Ipv4Tcp);
        new PacketDecoder().Decode(LinkType.FrameRelay, snap, snap.Length, 0, out DecodedPacket p);
        AssertInnerTcpSyn(p);
        Assert.False(p.HasMacs);
        byte[] q933 = Cat([0x18, 0x61, 0x03, 0x08], Bytes(10));
        new PacketDecoder().Decode(LinkType.FrameRelay, q933, q933.Length, 0, out p);
        Assert.Equal(DecodeOutcome.NotIp, p.Outcome);
    }

    [Fact]
    public void Vntag_between_vlan_tags()
    {
        DecodedPacket p = Decode("eth-vntag");
        AssertInnerTcpSyn(p);
        Assert.Equal(250, p.VlanId);
        Assert.True(p.HasInnerVlan);
        Assert.Equal(250, p.InnerVlanId);
        Assert.Equal(Encapsulations.Vlan | Encapsulations.QinQ | Encapsulations.VnTag, p.Encapsulations);
    }

    [Theory]
    [InlineData("eth-pbb", Encapsulations.Vlan | Encapsulations.Pbb)]
    [InlineData("eth-fabricpath", Encapsulations.FabricPath)]
    public void Mac_in_mac_gives_the_customer_frame(string name, Encapsulations layer)
    {
        DecodedPacket p = Decode(name);
        AssertInnerTcpSyn(p);
        Assert.Equal(layer, p.Encapsulations);
        Assert.Equal(CraftedFrames.MacC, p.SourceMac);
        Assert.Equal(CraftedFrames.MacD, p.DestinationMac);
        Assert.False(p.HasVlan);
        Assert.Equal(0x0800, p.EtherType);
    }

    [Theory]
    [InlineData("eth-cisco-metadata", Encapsulations.CiscoMetaData)]
    [InlineData("eth-nsh-ipv4", Encapsulations.Nsh)]
    [InlineData("eth-nsh-ethernet", Encapsulations.Nsh)]
    public void Service_headers_before_the_packet_are_passed(string name, Encapsulations layer)
    {
        DecodedPacket p = Decode(name);
        AssertInnerTcpSyn(p);
        Assert.Equal(layer, p.Encapsulations);
    }

    [Fact]
    public void Pktap_names_the_link_type_of_the_packet_inside()
    {
        DecodedPacket p = Decode("pktap-ethernet");
        AssertInnerTcpSyn(p);
        Assert.True(p.HasMacs);
    }

    [Fact]
    public void An_ipv4_link_type_carrying_ipv6_is_read_by_the_version_nibble()
    {
        DecodedPacket p = Decode("linktype-ipv4-carrying-ipv6");
        AssertInnerIpv6Udp(p);
    }

    [Fact]
    public void Nested_pbb_beyond_the_cap_is_malformed()
    {
        byte[] frame = CraftedFrames.InnerEthernet;
        for (int i = 0; i < 20; i++) frame = Ethernet(0x88E7, Cat(U32(1), frame));
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Malformed, p.Outcome);
        Assert.Equal(DecodeAnomaly.TooManyNestedLayers, p.Anomaly);
    }

    [Fact]
    public void Cooked_capture_keeps_vlan_tags()
    {
        DecodedPacket p = Decode("sll-vlan-ipv4");
        AssertInnerTcpSyn(p);
        Assert.Equal(12, p.VlanId);
        Assert.False(p.HasMacs);
    }

    [Theory]
    [InlineData("wifi-fromds-ipv4", 0x01UL, 0x03UL)]
    [InlineData("wifi-tods-ipv6", 0x03UL, 0x02UL)]
    [InlineData("wifi-wds-qos-ht", 0x03UL, 0x04UL)]
    [InlineData("radiotap-wifi-ipv4", 0x01UL, 0x02UL)]
    public void Wifi_addresses_follow_the_distribution_system_bits(string name, ulong destination, ulong source)
    {
        DecodedPacket p = Decode(name);
        Assert.True(p.HasMacs);
        Assert.Equal(destination, p.DestinationMac);
        Assert.Equal(source, p.SourceMac);
    }

    [Theory]
    [InlineData("wifi-protected")]
    [InlineData("wifi-beacon")]
    [InlineData("eth-pppoe-lcp")]
    public void Frames_without_ip_are_not_ip(string name)
    {
        DecodedPacket p = Decode(name);
        Assert.Equal(DecodeOutcome.NotIp, p.Outcome);
        Assert.Equal(DecodeAnomaly.None, p.Anomaly);
    }

    [Fact]
    public void Beacon_reports_its_addresses()
    {
        DecodedPacket p = Decode("wifi-beacon");
        Assert.Equal(0xFFFF_FFFF_FFFFUL, p.DestinationMac);
        Assert.Equal(0x02UL, p.SourceMac);
    }

    [Fact]
    public void Pppoe_link_type_starts_at_the_pppoe_header()
    {
        byte[] frame = Pppoe(0x0021, CraftedFrames.Ipv4Tcp);
        new PacketDecoder().Decode(LinkType.PppEthernet, frame, frame.Length, 0, out DecodedPacket p);
        AssertInnerTcpSyn(p);
        Assert.Equal(Encapsulations.Pppoe, p.Encapsulations);
    }

    [Theory]
    [InlineData((LinkType)147)]
    [InlineData((LinkType)0xFFFF)]
    public void Unknown_link_types_are_refused(LinkType linkType)
    {
        byte[] any = CraftedFrames.Get("eth-ipv4-tcp").Frame;
        Assert.Equal(DecodeOutcome.UnsupportedLinkType, new PacketDecoder().Decode(linkType, any, any.Length, 0, out _));
        Assert.False(PacketDecoder.Supports(linkType));
    }

    [Fact]
    public void Raw_ip_with_another_version_is_malformed()
    {
        byte[] frame = [0x50, .. Bytes(30)];
        new PacketDecoder().Decode(LinkType.Raw, frame, frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Malformed, p.Outcome);
        Assert.Equal(DecodeAnomaly.BadIpVersion, p.Anomaly);
    }

    [Fact]
    public void Truncated_ethernet_header_is_malformed()
    {
        new PacketDecoder().Decode(LinkType.Ethernet, Bytes(13), 13, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Malformed, p.Outcome);
        Assert.Equal(DecodeAnomaly.TruncatedLinkHeader, p.Anomaly);
        Assert.False(p.HasMacs);
    }
}
