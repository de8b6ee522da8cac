using PcapSearch.Decoding;
using PcapSearch.Flows.Enrichment;
using PcapSearch.Flows.Protocols;

namespace PcapSearch.Flows;

/// <summary>
/// One bidirectional conversation. The flow table fills it while packets arrive and hands it to
/// an <see cref="IFlowSink"/> once it has ended; sinks only read it.
/// </summary>
public sealed class Flow
{
    internal FlowDirection FromA;
    internal FlowDirection FromB;

    internal Flow(in FlowKey key, bool initiatorIsA, long firstNs, byte timestampDigits, long firstOffset)
    {
        Key = key;
        SourceIsA = initiatorIsA;
        FirstNs = LastNs = firstNs;
        TimestampDigits = timestampDigits;
        FirstOffset = firstOffset;
    }

    public FlowKey Key { get; }

    /// <summary>Whether endpoint A of <see cref="Key"/> is the initiator (the ECS source).</summary>
    public bool SourceIsA { get; }

    public IpAddress SourceIp => SourceIsA ? Key.AddressA : Key.AddressB;
    public IpAddress DestinationIp => SourceIsA ? Key.AddressB : Key.AddressA;
    public ushort SourcePort => SourceIsA ? Key.PortA : Key.PortB;
    public ushort DestinationPort => SourceIsA ? Key.PortB : Key.PortA;
    public ref readonly FlowDirection Source => ref SourceIsA ? ref FromA : ref FromB;
    public ref readonly FlowDirection Destination => ref SourceIsA ? ref FromB : ref FromA;

    public byte Protocol => Key.Protocol;
    public bool IsIpv6 => !Key.AddressA.IsIpv4;
    public bool HasPorts => IpProtocol.HasPorts(Key.Protocol);
    public bool IsIcmp => IpProtocol.IsIcmp(Key.Protocol);

    /// <summary>Type and code of the initiator's first ICMP message.</summary>
    public byte IcmpType { get; internal set; }
    public byte IcmpCode { get; internal set; }

    public long FirstNs { get; }
    public long LastNs { get; internal set; }
    public long DurationNs => LastNs - FirstNs;
    /// <summary>Fractional-second digits the capture records (6 microseconds, 9 nanoseconds).</summary>
    public byte TimestampDigits { get; }

    /// <summary>Byte offset of the flow's first packet record in the (uncompressed) capture.</summary>
    public long FirstOffset { get; }

    public long Packets => FromA.Packets + FromB.Packets;
    public long Bytes => FromA.Bytes + FromB.Bytes;

    /// <summary>802.1Q tag (and inner QinQ tag) of the flow's first packet.</summary>
    public bool HasVlan { get; internal set; }
    public ushort Vlan { get; internal set; }
    public bool HasInnerVlan { get; internal set; }
    public ushort InnerVlan { get; internal set; }

    /// <summary>Every layer any of the flow's packets was carried in; the outer addresses and tunnel id are the first packet's.</summary>
    public Encapsulations Encapsulations { get; internal set; }
    public bool HasOuterIp { get; internal set; }
    public IpAddress OuterSource { get; internal set; }
    public IpAddress OuterDestination { get; internal set; }
    public uint TunnelId { get; internal set; }

    /// <summary>Why the flow table emitted the flow.</summary>
    public FlowEndReason EndReason { get; internal set; }

    internal FlowInspection Inspection;

    /// <summary>What enrichment data says about the initiator; null when no enrichment ran or it knew nothing.</summary>
    public EndpointEnrichment? SourceEnrichment { get; private set; }

    public EndpointEnrichment? DestinationEnrichment { get; private set; }

    /// <summary>Called by the enrichment stage, between the flow table and the document writers.</summary>
    public void Enrich(EndpointEnrichment? source, EndpointEnrichment? destination)
    {
        SourceEnrichment = source;
        DestinationEnrichment = destination;
    }

    /// <summary>
    /// The application protocols recognised in the flow, outermost first (two when one carried the
    /// other, as HTTP CONNECT carries TLS), each holding its fields; empty when none was.
    /// </summary>
    public IReadOnlyList<ProtocolParser> Applications => Inspection.Recognised();

    internal uint InitialSequence;
    internal bool SawSyn;

    /// <summary>Where <see cref="FlowDeadlines"/> filed the flow: its bucket, and its place in it (-1: not filed).</summary>
    internal long DeadlineBucket;
    internal int DeadlineSlot = -1;

    /// <summary>TCP: either side sent FIN or RST.</summary>
    internal bool TcpClosing => ((FromA.TcpFlags | FromB.TcpFlags) & (TcpFlags.Fin | TcpFlags.Rst)) != 0;

    /// <summary>TCP: reset, or finished from both sides.</summary>
    internal bool TcpClosed =>
        ((FromA.TcpFlags | FromB.TcpFlags) & TcpFlags.Rst) != 0 || (FromA.TcpFlags & FromB.TcpFlags & TcpFlags.Fin) != 0;

    public string CommunityId(ushort seed)
    {
        Span<byte> utf8 = stackalloc byte[Flows.CommunityId.Length];
        WriteCommunityId(seed, utf8);
        return System.Text.Encoding.ASCII.GetString(utf8);
    }

    /// <summary>Writes the <see cref="Flows.CommunityId.Length"/> ASCII bytes of the flow's Community ID.</summary>
    public void WriteCommunityId(ushort seed, Span<byte> utf8)
    {
        if (IsIcmp) Flows.CommunityId.Write(seed, Protocol, SourceIp, DestinationIp, IcmpType, IcmpCode, utf8);
        else Flows.CommunityId.Write(seed, Protocol, SourceIp, DestinationIp, SourcePort, DestinationPort, utf8);
    }
}

public enum FlowEndReason : byte
{
    /// <summary>The capture ended with the flow still open.</summary>
    EndOfCapture,
    /// <summary>No packet for longer than the idle timeout.</summary>
    IdleTimeout,
    /// <summary>The flow reached the maximum duration.</summary>
    MaximumDuration,
    /// <summary>A new TCP SYN reused the tuple after FIN or RST.</summary>
    PortReuse,
    /// <summary>The table held its maximum of open flows and this one was among the longest idle.</summary>
    TableFull,
}
