using PcapSearch.Capture;

namespace PcapSearch.Decoding.Tests;

internal static class Decoding
{
    public static DecodedPacket Decode(string craftedName) => Decode(CraftedFrames.Get(craftedName));

    public static DecodedPacket Decode((LinkType Link, byte[] Frame) crafted)
    {
        new PacketDecoder().Decode(crafted.Link, crafted.Frame, crafted.Frame.Length, 0, out DecodedPacket packet);
        return packet;
    }

    public static void AssertIp(in DecodedPacket p, string source, string destination, byte protocol, ushort sourcePort = 0, ushort destinationPort = 0)
    {
        Assert.Equal(DecodeOutcome.Ip, p.Outcome);
        Assert.Equal(DecodeAnomaly.None, p.Anomaly);
        Assert.Equal(IpAddress.Parse(source), p.Source);
        Assert.Equal(IpAddress.Parse(destination), p.Destination);
        Assert.Equal(source.Contains(':') ? 6 : 4, p.IpVersion);
        Assert.Equal(protocol, p.Protocol);
        Assert.Equal(sourcePort, p.SourcePort);
        Assert.Equal(destinationPort, p.DestinationPort);
        Assert.Equal(1, p.Frames);
    }

    /// <summary>The inner TCP SYN every tunnel test carries: 10.0.0.1:1234 -> 10.0.0.2:80.</summary>
    public static void AssertInnerTcpSyn(in DecodedPacket p)
    {
        AssertIp(p, "10.0.0.1", "10.0.0.2", 6, 1234, 80);
        Assert.Equal(0x02, p.TcpFlags);
        Assert.Equal(1000u, p.TcpSequence);
        Assert.Equal(10, p.Payload.Length);
        Assert.Equal(10, p.PayloadWireLength);
    }

    /// <summary>The inner UDP datagram: [2001:db8::1]:5353 -> [2001:db8::2]:53 with 12 bytes.</summary>
    public static void AssertInnerIpv6Udp(in DecodedPacket p)
    {
        AssertIp(p, "2001:db8::1", "2001:db8::2", 17, 5353, 53);
        Assert.Equal(12, p.Payload.Length);
        Assert.Equal(12, p.PayloadWireLength);
    }

    public static void AssertOuter(in DecodedPacket p, string source, string destination)
    {
        Assert.True(p.HasOuterIp);
        Assert.Equal(IpAddress.Parse(source), p.OuterSource);
        Assert.Equal(IpAddress.Parse(destination), p.OuterDestination);
    }
}
