using PcapSearch.Capture;
using PcapSearch.Decoding.Link;
using PcapSearch.Decoding.Network;
using PcapSearch.Decoding.Reassembly;
using PcapSearch.Decoding.Transport;
using PcapSearch.Decoding.Tunnels;

namespace PcapSearch.Decoding;

/// <summary>
/// Decodes frames from the link layer to the transport layer, through tunnels, into
/// <see cref="DecodedPacket"/>. Never throws on frame contents and allocates nothing per frame once
/// warm. Not thread-safe: one decoder per packet thread, since it owns the fragment table.
/// </summary>
public sealed class PacketDecoder
{
    private readonly int _maxLayers;

    public PacketDecoder(DecoderOptions? options = null)
    {
        Options = options ?? new DecoderOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxLayers, 1);
        _maxLayers = Options.MaxLayers;
        Reassembler = new IpReassembler(Options.Reassembly);
    }

    public DecoderOptions Options { get; }

    /// <summary>The fragment table, for its occupancy and counters.</summary>
    public IpReassembler Reassembler { get; }

    /// <summary>True when <paramref name="linkType"/> has a decoder.</summary>
    public static bool Supports(LinkType linkType) => FirstLayer(linkType) != Layer.Done;

    /// <summary>
    /// Decodes one captured frame. <paramref name="originalLength"/> is its length on the wire and
    /// <paramref name="timestampNs"/> its capture time, which ages the fragment table. The packet's
    /// spans stay valid until the next call.
    /// </summary>
    public DecodeOutcome Decode(LinkType linkType, ReadOnlySpan<byte> frame, int originalLength, long timestampNs, out DecodedPacket packet)
    {
        Reassembler.BeginFrame(timestampNs);
        DecodedPacket p = default;
        p.Frames = 1;
        p.FrameBytes = originalLength;

        Layer layer = FirstLayer(linkType);
        if (layer == Layer.Done) DecodeContext.Stop(ref p, DecodeOutcome.UnsupportedLinkType);

        var cursor = new SpanCursor(frame);
        var ctx = new DecodeContext
        {
            Reassembler = Reassembler,
            TimestampNs = timestampNs,
            OriginalLength = Math.Max(originalLength, frame.Length),
            InFrame = true,
        };
        DecodedPacket carrier = default;
        for (int decoded = 0; layer != Layer.Done; decoded++)
        {
            if (decoded == _maxLayers)
            {
                DecodeContext.Malformed(ref p, DecodeAnomaly.TooManyNestedLayers);
                break;
            }
            layer = layer switch
            {
                Layer.Ethernet => EthernetLayer.Decode(ref cursor, ref p),
                Layer.Llc => LlcLayer.Decode(ref cursor, ref p),
                Layer.Vlan => VlanLayer.Decode(ref cursor, ref p),
                Layer.VnTag => VnTagLayer.Decode(ref cursor, ref p),
                Layer.Pktap => PktapLayer.Decode(ref cursor, ref p),
                Layer.CiscoMetaData => CiscoMetaDataLayer.Decode(ref cursor, ref p),
                Layer.Nsh => NshLayer.Decode(ref cursor, ref p),
                Layer.Pbb => PbbLayer.Decode(ref cursor, ref p),
                Layer.FabricPath => FabricPathLayer.Decode(ref cursor, ref p),
                Layer.Mpls => MplsLayer.Decode(ref cursor, ref p),
                Layer.PppoeSession => PppoeLayer.Decode(ref cursor, ref p),
                Layer.Ppp => PppLayer.Decode(ref cursor, ref p),
                Layer.LinuxSll => LinuxSllLayer.DecodeV1(ref cursor, ref p),
                Layer.LinuxSll2 => LinuxSllLayer.DecodeV2(ref cursor, ref p),
                Layer.NullLoop => NullLoopLayer.Decode(ref cursor, ref p),
                Layer.RawIp => RawIpLayer.Decode(ref cursor, ref p),
                Layer.Ipv4 => Ipv4Layer.Decode(ref cursor, ref p, ref ctx),
                Layer.Ipv6 => Ipv6Layer.Decode(ref cursor, ref p, ref ctx),
                Layer.Ieee80211 => Ieee80211Layer.Decode(ref cursor, ref p),
                Layer.Radiotap => RadiotapLayer.Decode(ref cursor, ref p),
                Layer.Nflog => NflogLayer.Decode(ref cursor, ref p),
                Layer.Fddi => FddiLayer.Decode(ref cursor, ref p),
                Layer.FrameRelay => FrameRelayLayer.Decode(ref cursor, ref p),
                Layer.Transport => TransportLayer.Decode(ref cursor, ref p, ref ctx),
                Layer.Gre => GreLayer.Decode(ref cursor, ref p),
                Layer.ErspanII => ErspanLayer.DecodeTypeII(ref cursor, ref p),
                Layer.ErspanIII => ErspanLayer.DecodeTypeIII(ref cursor, ref p),
                Layer.Vxlan => VxlanLayer.Decode(ref cursor, ref p),
                Layer.VxlanGpe => VxlanLayer.DecodeGpe(ref cursor, ref p),
                Layer.Geneve => GeneveLayer.Decode(ref cursor, ref p),
                Layer.GtpU => GtpULayer.Decode(ref cursor, ref p),
                Layer.Teredo => TeredoLayer.Decode(ref cursor, ref p),
                Layer.Ayiya => AyiyaLayer.Decode(ref cursor, ref p),
                _ => Layer.Done,
            };
            if (p.HasOuterIp && !carrier.HasOuterIp) carrier = p;
        }
        if (carrier.HasOuterIp && p.Outcome is DecodeOutcome.NotIp or DecodeOutcome.Malformed) Tunnel.ReturnToCarrier(ref p, carrier);
        packet = p;
        return p.Outcome;
    }

    internal static Layer FirstLayer(LinkType linkType) => linkType switch
    {
        LinkType.Ethernet => Layer.Ethernet,
        LinkType.Null or LinkType.Loop => Layer.NullLoop,
        LinkType.Ppp or LinkType.PppHdlc => Layer.Ppp,
        LinkType.PppEthernet => Layer.PppoeSession,
        // LINKTYPE_IPV4/IPV6 promise one version, but writers put the other in too (tshark reads it).
        LinkType.RawBsdOs or LinkType.RawBsd14 or LinkType.Raw or LinkType.Ipv4 or LinkType.Ipv6 => Layer.RawIp,
        LinkType.Pktap => Layer.Pktap,
        LinkType.Ieee80211 => Layer.Ieee80211,
        LinkType.Ieee80211Radiotap => Layer.Radiotap,
        LinkType.LinuxSll => Layer.LinuxSll,
        LinkType.LinuxSll2 => Layer.LinuxSll2,
        LinkType.Nflog => Layer.Nflog,
        LinkType.Fddi => Layer.Fddi,
        LinkType.FrameRelay => Layer.FrameRelay,
        _ => Layer.Done,
    };
}
