using System.Runtime.InteropServices;
using PcapSearch.Decoding;
using PcapSearch.Flows.Protocols;

namespace PcapSearch.Flows;

/// <summary>
/// Tracks open conversations and emits each one to the sink when it ends: idle past its
/// timeout, past the maximum duration, replaced by a new TCP SYN after FIN/RST, or at the end of
/// the capture. Time is the capture's own; memory is bounded by the number of open flows.
/// Not thread-safe: one owner feeds it.
/// </summary>
/// <param name="expectedOpenFlows">How many flows are likely to be open at once (<see cref="ExpectedOpenFlows"/>); the table grows past it.</param>
public sealed class FlowTable(FlowOptions options, IFlowSink sink, int expectedOpenFlows = 0)
{
    private readonly FlowsByKey _open = new(expectedOpenFlows);
    private readonly List<Flow> _ended = new(expectedOpenFlows);
    private long[] _endedOffsets = new long[expectedOpenFlows];
    private readonly FlowDeadlines _deadlines = new(options.SweepIntervalNs);
    private readonly List<Flow> _swept = new();
    private readonly long _maximumDurationNs = options.MaximumDurationNs;
    private readonly long _sweepIntervalNs = options.SweepIntervalNs;
    private long _now = long.MinValue;
    private long _nextSweep = long.MinValue;

    public int OpenFlows => _open.Count;
    public long FlowsEmitted { get; private set; }

    /// <summary>
    /// A guess at the flows open at once in a capture of <paramref name="captureBytes"/> (one per 8 KiB, at most 2^18):
    /// enough to start the table at its working size on the captures that need a large one, small for small captures.
    /// </summary>
    public static int ExpectedOpenFlows(long captureBytes) => (int)Math.Clamp(captureBytes / 8192, 0, 1 << 18);

    /// <summary>Accounts one decoded IP packet (<see cref="DecodeOutcome.Ip"/>) to its flow.</summary>
    public void Add(scoped in DecodedPacket packet, long timestampNs, byte timestampDigits, long fileOffset)
    {
        if (timestampNs > _now)
        {
            _now = timestampNs;
            if (_now >= _nextSweep)
            {
                if (_nextSweep != long.MinValue) Sweep();
                _nextSweep = _now + _sweepIntervalNs;
            }
        }

        var key = FlowKey.Of(packet, options.KeyOnVlan, out bool fromA);
        ref Flow? slot = ref _open.FindOrAdd(key, out bool exists);
        if (exists && EndReasonBefore(slot!, packet, timestampNs) is { } reason)
        {
            Ending(slot!, reason);
            EmitEnded();
            exists = false;
        }

        if (!exists)
        {
            slot = Start(key, fromA, packet, timestampNs, timestampDigits, fileOffset);
            _deadlines.File(slot, DueAt(slot));
        }
        var flow = slot!;
        if (!exists && _open.Count > options.MaxOpenFlows) EndLongestIdle(keep: flow);
        if (timestampNs > flow.LastNs) flow.LastNs = timestampNs;

        ref var direction = ref fromA ? ref flow.FromA : ref flow.FromB;
        direction.Packets += packet.Frames;
        direction.Bytes += packet.FrameBytes;
        direction.PayloadBytes += packet.PayloadWireLength;
        direction.TcpFlags |= (TcpFlags)packet.TcpFlags;
        // A TCP connection closing shortens its idle timeout.
        if (((TcpFlags)packet.TcpFlags & (TcpFlags.Fin | TcpFlags.Rst)) != 0 && key.Protocol == IpProtocol.Tcp)
        {
            _deadlines.FileEarlier(flow, DueAt(flow));
        }
        flow.Encapsulations |= packet.Encapsulations;
        if (packet.Frames > 1)
        {
            direction.FragmentFrames += packet.Frames;
            direction.ReassembledDatagrams++;
        }
        if (!direction.HasMac && packet.HasMacs)
        {
            direction.Mac = packet.SourceMac;
            direction.HasMac = true;
        }
        if (!flow.Inspection.Done && !packet.Payload.IsEmpty)
        {
            var endpoints = new FlowEndpoints(key.Protocol, flow.SourcePort, flow.DestinationPort);
            flow.Inspection.Inspect(options.Protocols, packet.Payload, endpoints, fromA == flow.SourceIsA);
        }
    }

    /// <summary>Emits every open flow (end of capture), oldest first.</summary>
    public void Flush()
    {
        foreach (var flow in _open.Flows()) Ending(flow, FlowEndReason.EndOfCapture);
        _open.Clear();
        EmitEnded();
    }

    private Flow Start(in FlowKey key, bool fromA, scoped in DecodedPacket packet, long timestampNs, byte digits, long fileOffset)
    {
        var tcp = (TcpFlags)packet.TcpFlags;
        bool synAck = key.Protocol == IpProtocol.Tcp && (tcp & (TcpFlags.Syn | TcpFlags.Ack)) == (TcpFlags.Syn | TcpFlags.Ack);
        // A SYN-ACK seen first means the capture missed the SYN: its receiver opened the connection.
        bool initiatorIsA = synAck ? !fromA : fromA;
        var flow = new Flow(key, initiatorIsA, timestampNs, digits, fileOffset)
        {
            HasVlan = packet.HasVlan,
            Vlan = packet.VlanId,
            HasInnerVlan = packet.HasInnerVlan,
            InnerVlan = packet.InnerVlanId,
            Encapsulations = packet.Encapsulations,
            HasOuterIp = packet.HasOuterIp,
            OuterSource = packet.OuterSource,
            OuterDestination = packet.OuterDestination,
            TunnelId = packet.TunnelId,
        };
        if (flow.IsIcmp)
        {
            flow.IcmpType = packet.IcmpType;
            flow.IcmpCode = packet.IcmpCode;
        }
        if ((tcp & (TcpFlags.Syn | TcpFlags.Ack)) == TcpFlags.Syn)
        {
            flow.SawSyn = true;
            flow.InitialSequence = packet.TcpSequence;
        }
        return flow;
    }

    /// <summary>Why <paramref name="flow"/> ends before this packet, or null when the packet belongs to it.</summary>
    private FlowEndReason? EndReasonBefore(Flow flow, scoped in DecodedPacket packet, long timestampNs)
    {
        if (TimeoutAt(flow, timestampNs) is { } timeout) return timeout;
        if (flow.Protocol != IpProtocol.Tcp) return null;
        var tcp = (TcpFlags)packet.TcpFlags;
        if ((tcp & (TcpFlags.Syn | TcpFlags.Ack)) != TcpFlags.Syn) return null;
        // A retransmitted SYN carries the same sequence number and belongs to the same attempt.
        bool retransmission = flow.SawSyn && flow.InitialSequence == packet.TcpSequence;
        return flow.TcpClosing && !retransmission ? FlowEndReason.PortReuse : null;
    }

    /// <summary>Whether <paramref name="flow"/> has timed out by <paramref name="nowNs"/>, and how.</summary>
    private FlowEndReason? TimeoutAt(Flow flow, long nowNs)
    {
        if (IdleDueAt(flow) <= nowNs) return FlowEndReason.IdleTimeout;
        if (SaturatingAdd(flow.FirstNs, _maximumDurationNs) <= nowNs) return FlowEndReason.MaximumDuration;
        return null;
    }

    private long DueAt(Flow flow) => Math.Min(IdleDueAt(flow), SaturatingAdd(flow.FirstNs, _maximumDurationNs));

    private long IdleDueAt(Flow flow) =>
        SaturatingAdd(flow.LastNs, options.IdleTimeoutNs(flow.Protocol, flow.Protocol == IpProtocol.Tcp && flow.TcpClosed));

    private static long SaturatingAdd(long time, long span) => time > long.MaxValue - span ? long.MaxValue : time + span;

    /// <summary>Ends the flows timed out by now: those filed as due by now, each checked (packets since may have delayed it).</summary>
    private void Sweep()
    {
        _deadlines.TakeDue(_now, _swept);
        foreach (var flow in _swept)
        {
            if (TimeoutAt(flow, _now) is { } timeout) Ending(flow, timeout);
            else _deadlines.File(flow, DueAt(flow));
        }
        _swept.Clear();
        RemoveEnded();
    }

    /// <summary>Ends the quarter of open flows idle the longest (never <paramref name="keep"/>, the flow just started).</summary>
    private void EndLongestIdle(Flow keep)
    {
        var lastSeen = new long[_open.Count];
        int i = 0;
        foreach (var flow in _open.Flows()) lastSeen[i++] = flow.LastNs;
        Array.Sort(lastSeen);
        long cutoff = lastSeen[lastSeen.Length / 4];
        foreach (var flow in _open.Flows())
        {
            if (flow.LastNs <= cutoff && flow != keep) Ending(flow, FlowEndReason.TableFull);
        }
        RemoveEnded();
    }

    private void Ending(Flow flow, FlowEndReason reason)
    {
        _deadlines.Remove(flow);
        flow.EndReason = reason;
        _ended.Add(flow);
    }

    private void RemoveEnded()
    {
        foreach (var flow in _ended) _open.Remove(flow);
        EmitEnded();
    }

    private void EmitEnded()
    {
        if (_ended.Count == 0) return;
        // Sorted by offsets copied out: a comparison of two flows would read both objects, scattered over the heap.
        var ended = CollectionsMarshal.AsSpan(_ended);
        if (_endedOffsets.Length < ended.Length) _endedOffsets = new long[Math.Max(ended.Length, 2 * _endedOffsets.Length)];
        var offsets = _endedOffsets.AsSpan(0, ended.Length);
        for (int i = 0; i < ended.Length; i++) offsets[i] = ended[i].FirstOffset;
        offsets.Sort(ended);
        foreach (var flow in ended) sink.Write(flow);
        FlowsEmitted += _ended.Count;
        _ended.Clear();
    }
}
