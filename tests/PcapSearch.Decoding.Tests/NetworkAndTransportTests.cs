using PcapSearch.Capture;
using static PcapSearch.Decoding.Tests.Decoding;
using static PcapSearch.Decoding.Tests.FrameBuilder;

namespace PcapSearch.Decoding.Tests;

public class NetworkAndTransportTests
{
    private static DecodedPacket DecodeIpv4(byte protocol, byte[] payload, int? totalLength = null, int? capturedLength = null)
    {
        byte[] frame = Ethernet(0x0800, Ipv4("10.0.0.1", "10.0.0.2", protocol, payload, totalLength: totalLength));
        int captured = capturedLength ?? frame.Length;
        new PacketDecoder().Decode(LinkType.Ethernet, frame.AsSpan(0, captured), frame.Length, 0, out DecodedPacket p);
        return p;
    }

    [Fact]
    public void Ipv6_extension_headers_lead_to_tcp()
    {
        DecodedPacket p = Decode("eth-ipv6-ext");
        AssertIp(p, "2001:db8::1", "2001:db8::2", 6, 1234, 80);
        Assert.Equal(10, p.Payload.Length);
        Assert.Equal(10, p.PayloadWireLength);
    }

    [Fact]
    public void Ipv6_authentication_header_is_skipped()
    {
        AssertInnerIpv6Udp(Decode("eth-ipv6-ah"));
    }

    [Fact]
    public void Ipv6_esp_stops_with_protocol_50()
    {
        DecodedPacket p = Decode("eth-ipv6-esp");
        AssertIp(p, "2001:db8::1", "2001:db8::2", 50);
        Assert.Equal(40, p.Payload.Length);
    }

    [Fact]
    public void Ipv6_no_next_header()
    {
        DecodedPacket p = Decode("eth-ipv6-nonext");
        AssertIp(p, "2001:db8::1", "2001:db8::2", 59);
        Assert.Equal(0, p.Payload.Length);
    }

    [Fact]
    public void Ipv6_atomic_fragment_is_a_whole_datagram()
    {
        AssertInnerIpv6Udp(Decode("eth-ipv6-atomic-fragment"));
    }

    [Fact]
    public void Icmp_echo_gives_type_code_and_id()
    {
        DecodedPacket p = Decode("eth-icmp-echo");
        AssertIp(p, "10.0.0.1", "10.0.0.2", 1);
        Assert.Equal(8, p.IcmpType);
        Assert.Equal(0, p.IcmpCode);
        Assert.Equal(0x4242, p.IcmpId);
        Assert.Equal(32, p.Payload.Length);
    }

    [Fact]
    public void Icmp_timestamp_has_an_id()
    {
        DecodedPacket p = Decode("eth-icmp-timestamp");
        Assert.Equal(13, p.IcmpType);
        Assert.Equal(0x1313, p.IcmpId);
    }

    [Fact]
    public void Icmp_error_does_not_decode_the_quoted_packet()
    {
        DecodedPacket p = Decode("eth-icmp-unreachable");
        AssertIp(p, "10.0.0.2", "10.0.0.1", 1);
        Assert.Equal(3, p.IcmpType);
        Assert.Equal(3, p.IcmpCode);
        Assert.Equal(0, p.IcmpId);
        Assert.Equal(28, p.Payload.Length);
    }

    [Fact]
    public void Icmpv6_echo_gives_the_id()
    {
        DecodedPacket p = Decode("eth-icmpv6-echo");
        AssertIp(p, "2001:db8::1", "2001:db8::2", 58);
        Assert.Equal(128, p.IcmpType);
        Assert.Equal(0x777, p.IcmpId);
    }

    [Fact]
    public void Sctp_gives_ports()
    {
        DecodedPacket p = Decode("eth-sctp");
        AssertIp(p, "10.0.0.1", "10.0.0.2", 132, 2905, 2906);
        Assert.Equal(16, p.Payload.Length);
    }

    [Fact]
    public void Other_protocols_give_addresses_and_payload()
    {
        DecodedPacket p = Decode("eth-ospf");
        AssertIp(p, "10.0.0.1", "224.0.0.5", 89);
        Assert.Equal(44, p.Payload.Length);
        Assert.Equal(44, p.PayloadWireLength);
    }

    [Fact]
    public void Snap_length_cut_keeps_the_wire_length()
    {
        DecodedPacket p = DecodeIpv4(6, Tcp(1, 2, 0x18, 5, Bytes(1000)), capturedLength: 14 + 20 + 20 + 100);
        AssertIp(p, "10.0.0.1", "10.0.0.2", 6, 1, 2);
        Assert.Equal(100, p.Payload.Length);
        Assert.Equal(1000, p.PayloadWireLength);
        Assert.Equal(0x18, p.TcpFlags);
    }

    [Fact]
    public void Udp_length_bounds_the_payload()
    {
        DecodedPacket p = DecodeIpv4(17, Cat(Udp(7, 9, Bytes(4)), Bytes(6)));
        Assert.Equal(4, p.Payload.Length);
        Assert.Equal(4, p.PayloadWireLength);
    }

    [Fact]
    public void Udp_length_past_the_ip_payload_is_not_believed()
    {
        DecodedPacket p = DecodeIpv4(17, Udp(7, 9, Bytes(4), length: 0xFFFF));
        Assert.Equal(DecodeOutcome.Ip, p.Outcome);
        Assert.Equal(4, p.Payload.Length);
        Assert.Equal(4, p.PayloadWireLength);
    }

    [Fact]
    public void Tcp_data_offset_below_five_words_is_malformed_but_keeps_ports()
    {
        byte[] tcp = Tcp(1, 2, 0x10, 5, Bytes(4));
        tcp[12] = 0x40;
        DecodedPacket p = DecodeIpv4(6, tcp);
        Assert.Equal(DecodeOutcome.Malformed, p.Outcome);
        Assert.Equal(DecodeAnomaly.BadTransportHeaderLength, p.Anomaly);
        Assert.Equal(1, p.SourcePort);
        Assert.Equal(IpAddress.Parse("10.0.0.1"), p.Source);
    }

    [Fact]
    public void Tcp_options_past_the_capture_keep_the_segment()
    {
        DecodedPacket p = DecodeIpv4(6, Tcp(1, 2, 0x10, 5, Bytes(6), optionsLength: 20), capturedLength: 14 + 20 + 30);
        AssertIp(p, "10.0.0.1", "10.0.0.2", 6, 1, 2);
        Assert.Equal(0x10, p.TcpFlags);
        Assert.Equal(5u, p.TcpSequence);
        Assert.Equal(0, p.Payload.Length);
        Assert.Equal(6, p.PayloadWireLength);
    }

    [Fact]
    public void Tcp_header_longer_than_the_ip_payload_is_a_truncated_header()
    {
        DecodedPacket p = DecodeIpv4(6, Tcp(1, 2, 0x10, 5, [], optionsLength: 20), totalLength: 20 + 30);
        Assert.Equal(DecodeOutcome.Malformed, p.Outcome);
        Assert.Equal(DecodeAnomaly.TruncatedTransportHeader, p.Anomaly);
    }

    [Theory]
    [InlineData(0x45, 10, DecodeAnomaly.BadIpHeaderLength)]
    [InlineData(0x44, 100, DecodeAnomaly.BadIpHeaderLength)]
    [InlineData(0x4F, 100, DecodeAnomaly.TruncatedIpHeader)]
    public void Bad_ipv4_header_lengths(byte versionAndLength, int totalLength, DecodeAnomaly anomaly)
    {
        byte[] frame = Ethernet(0x0800, Ipv4("10.0.0.1", "10.0.0.2", 6, CraftedFrames.TcpSyn, totalLength: totalLength), tags: (0x8100, 3));
        frame[18] = versionAndLength;
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Malformed, p.Outcome);
        Assert.Equal(anomaly, p.Anomaly);
        Assert.Equal(3, p.VlanId);
        Assert.True(p.HasMacs);
    }

    [Fact]
    public void Ethertype_ipv4_with_version_6_is_a_bad_version()
    {
        byte[] frame = Ethernet(0x0800, CraftedFrames.Ipv6Udp);
        new PacketDecoder().Decode(LinkType.Ethernet, frame, frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeAnomaly.BadIpVersion, p.Anomaly);
    }

    [Fact]
    public void Truncated_ipv6_extension_header()
    {
        byte[] frame = CraftedFrames.Get("eth-ipv6-ext").Frame;
        new PacketDecoder().Decode(LinkType.Ethernet, frame.AsSpan(0, 14 + 40 + 8 + 10), frame.Length, 0, out DecodedPacket p);
        Assert.Equal(DecodeOutcome.Malformed, p.Outcome);
        Assert.Equal(DecodeAnomaly.TruncatedIpHeader, p.Anomaly);
        Assert.Equal(IpAddress.Parse("2001:db8::1"), p.Source);
    }
}
