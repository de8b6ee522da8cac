using System.Text;
using PacketDotNet;
using PcapSearch.Capture;
using Xunit.Abstractions;

namespace PcapSearch.Decoding.Tests;

/// <summary>
/// Differential test against PacketDotNet over the whole corpus. PacketDotNet stops at the first IP
/// header, so a tunnelled packet is compared by our outermost addresses only (whatever the tunnel
/// carried), and a reassembled or held fragment by addresses and protocol only.
/// </summary>
public class PacketDotNetOracleTests(ITestOutputHelper output)
{
    private const double RequiredAgreement = 0.995;

    [Fact]
    public void Agrees_with_packetdotnet_on_addresses_protocol_ports_and_vlan()
    {
        var decoder = new PacketDecoder();
        var disagreements = new Dictionary<string, List<string>>();
        int compared = 0, agreed = 0, oracleFailed = 0;

        foreach (CorpusFrame frame in CorpusFrames.All)
        {
            IPPacket? theirs;
            int? theirVlan;
            try
            {
                Packet parsed = Packet.ParsePacket(frame.LinkLayer, frame.Data);
                theirs = parsed.Extract<IPPacket>();
                theirVlan = parsed.Extract<Ieee8021QPacket>()?.VlanIdentifier;
                if (theirs == null) continue;
                _ = theirs.SourceAddress;
                _ = theirs.DestinationAddress;
            }
            catch (Exception)
            {
                oracleFailed++;
                continue;
            }

            decoder.Decode((LinkType)(ushort)frame.LinkLayer, frame.Data, frame.OriginalLength, frame.TimestampNs, out DecodedPacket ours);
            compared++;
            string? reason = Compare(ours, theirs, theirVlan);
            if (reason == null)
            {
                agreed++;
                continue;
            }
            if (!disagreements.TryGetValue(reason, out List<string>? examples)) disagreements[reason] = examples = [];
            examples.Add($"{frame.File}#{frame.Index}");
        }

        double agreement = compared == 0 ? 0 : (double)agreed / compared;
        var report = new StringBuilder();
        report.AppendLine($"frames {CorpusFrames.All.Count}, files refused by libpcap {CorpusFrames.Refused.Count}, PacketDotNet threw {oracleFailed}");
        report.AppendLine($"compared {compared}, agreed {agreed} ({agreement:P3})");
        foreach ((string reason, List<string> examples) in disagreements.OrderByDescending(d => d.Value.Count))
            report.AppendLine($"  {examples.Count,6}  {reason}  e.g. {string.Join(", ", examples.Take(3))}");
        output.WriteLine(report.ToString());

        Assert.True(compared > 10_000, report.ToString());
        Assert.True(agreement >= RequiredAgreement, report.ToString());
    }

    private static string? Compare(in DecodedPacket ours, IPPacket theirs, int? theirVlan)
    {
        IpAddress theirSource = IpAddress.FromIPAddress(theirs.SourceAddress);
        IpAddress theirDestination = IpAddress.FromIPAddress(theirs.DestinationAddress);
        if (ours.HasOuterIp)
            return ours.OuterSource == theirSource && ours.OuterDestination == theirDestination ? null : "outer addresses";
        if (ours.Outcome is not (DecodeOutcome.Ip or DecodeOutcome.FragmentHeld))
            return $"we say {ours.Outcome}/{ours.Anomaly}, they see IPv{(theirs.Version == IPVersion.IPv4 ? 4 : 6)}";

        if (ours.Source != theirSource || ours.Destination != theirDestination) return "addresses";
        if (ours.HasVlan ? theirVlan != ours.VlanId : theirVlan != null) return "vlan id";
        if (ours.Protocol != (byte)theirs.Protocol) return $"protocol ours {ours.Protocol} theirs {(byte)theirs.Protocol}";
        if (ours.Outcome != DecodeOutcome.Ip || ours.Frames != 1) return null;

        switch (theirs.PayloadPacket)
        {
            case TcpPacket tcp when ours.SourcePort != tcp.SourcePort || ours.DestinationPort != tcp.DestinationPort:
                return "tcp ports";
            case UdpPacket udp when ours.SourcePort != udp.SourcePort || ours.DestinationPort != udp.DestinationPort:
                return "udp ports";
            default:
                return null;
        }
    }
}
