using PcapSearch.Decoding;

namespace PcapSearch.Flows.Tests;

public class FlowTableTests
{
    private const long Second = 1_000_000_000L;
    private static readonly IpAddress Client = IpAddress.Parse("10.0.0.5");
    private static readonly IpAddress Server = IpAddress.Parse("192.0.2.80");
    private readonly List<Flow> _flows = new();
    private readonly FlowTable _table;
    private long _offset = 24;

    public FlowTableTests() => _table = new FlowTable(FlowOptions.Default, new ListSink(_flows));

    [Fact]
    public void Both_directions_of_a_conversation_are_one_flow_with_the_syn_sender_as_source()
    {
        Tcp(Server, 80, Client, 40000, TcpFlags.Syn, 0, frame: 60);          // odd but possible: the server sends the SYN
        Tcp(Client, 40000, Server, 80, TcpFlags.Syn | TcpFlags.Ack, 1, frame: 60);
        Tcp(Server, 80, Client, 40000, TcpFlags.Ack, 2, frame: 54, payload: 0);
        Tcp(Client, 40000, Server, 80, TcpFlags.Ack | TcpFlags.Psh, 3, frame: 154, payload: 100);
        _table.Flush();

        var flow = Assert.Single(_flows);
        Assert.Equal(Server, flow.SourceIp);
        Assert.Equal(80, flow.SourcePort);
        Assert.Equal((2, 114L), (flow.Source.Packets, flow.Source.Bytes));
        Assert.Equal((2, 214L), (flow.Destination.Packets, flow.Destination.Bytes));
        Assert.Equal(100, flow.Destination.PayloadBytes);
        Assert.Equal(TcpFlags.Syn | TcpFlags.Ack, flow.Source.TcpFlags);
        Assert.Equal(3 * Second, flow.DurationNs);
        Assert.Equal(24, flow.FirstOffset);
    }

    [Fact]
    public void A_syn_ack_seen_first_makes_its_receiver_the_source()
    {
        Tcp(Server, 443, Client, 50000, TcpFlags.Syn | TcpFlags.Ack, 0);
        Tcp(Client, 50000, Server, 443, TcpFlags.Ack, 1);
        _table.Flush();

        var flow = Assert.Single(_flows);
        Assert.Equal((Client, (ushort)50000), (flow.SourceIp, flow.SourcePort));
    }

    [Fact]
    public void Without_a_syn_the_sender_of_the_first_packet_is_the_source()
    {
        Udp(Server, 53, Client, 5353, 0);
        Udp(Client, 5353, Server, 53, 1);
        _table.Flush();

        var flow = Assert.Single(_flows);
        Assert.Equal(Server, flow.SourceIp);
    }

    [Fact]
    public void A_new_syn_after_fin_starts_a_new_flow_but_a_retransmitted_syn_does_not()
    {
        Tcp(Client, 40000, Server, 80, TcpFlags.Syn, 0, sequence: 1000);
        Tcp(Server, 80, Client, 40000, TcpFlags.Rst | TcpFlags.Ack, 1);
        Tcp(Client, 40000, Server, 80, TcpFlags.Syn, 2, sequence: 1000);   // retransmission: same attempt
        Tcp(Server, 80, Client, 40000, TcpFlags.Rst | TcpFlags.Ack, 3);
        Tcp(Client, 40000, Server, 80, TcpFlags.Syn, 4, sequence: 5000);   // a new connection on the same tuple
        _table.Flush();

        Assert.Equal(2, _flows.Count);
        Assert.Equal(4, _flows[0].Packets);
        Assert.Equal(FlowEndReason.PortReuse, _flows[0].EndReason);
        Assert.Equal(1, _flows[1].Packets);
        Assert.Equal(4 * Second, _flows[1].FirstNs - Start);
    }

    [Fact]
    public void A_flow_idle_past_its_timeout_ends_and_the_next_packet_starts_another()
    {
        var udpIdle = (long)FlowOptions.Default.UdpIdleTimeout.TotalSeconds;
        Udp(Client, 5000, Server, 53, 0);
        Udp(Client, 5000, Server, 53, udpIdle + 1);
        _table.Flush();

        Assert.Equal(2, _flows.Count);
        Assert.Equal(FlowEndReason.IdleTimeout, _flows[0].EndReason);
        Assert.Equal(FlowEndReason.EndOfCapture, _flows[1].EndReason);
    }

    [Fact]
    public void Idle_flows_are_emitted_while_the_capture_goes_on_so_memory_stays_bounded()
    {
        var udpIdle = (long)FlowOptions.Default.UdpIdleTimeout.TotalSeconds;
        for (int i = 0; i < 1000; i++) Udp(Client, (ushort)(1024 + i), Server, 53, i % 10);
        Assert.Equal(1000, _table.OpenFlows);

        Tcp(Client, 40000, Server, 80, TcpFlags.Syn, udpIdle + 60);
        Assert.Equal(1000, _flows.Count);
        Assert.Equal(1, _table.OpenFlows);
    }

    [Theory]
    [InlineData(TcpFlags.Rst)]
    [InlineData(TcpFlags.Fin)]
    public void A_closed_connection_ends_after_the_closed_timeout_while_other_traffic_goes_on(TcpFlags closing)
    {
        var closedTimeout = (long)FlowOptions.Default.TcpClosedTimeout.TotalSeconds;
        Tcp(Client, 40000, Server, 80, TcpFlags.Syn, 0);
        Tcp(Server, 80, Client, 40000, closing | TcpFlags.Ack, 10);
        if (closing == TcpFlags.Fin) Tcp(Client, 40000, Server, 80, TcpFlags.Fin | TcpFlags.Ack, 10);
        for (long second = 20; second < 10 + closedTimeout; second += 10) Udp(Client, 6000, Server, 53, second);
        Assert.Empty(_flows);

        for (long second = 10 + closedTimeout; _flows.Count == 0 && second < 3600; second += 10) Udp(Client, 6000, Server, 53, second);

        var closed = Assert.Single(_flows);
        Assert.Equal((IpProtocol.Tcp, FlowEndReason.IdleTimeout), (closed.Protocol, closed.EndReason));
    }

    /// <summary>
    /// Random conversations (UDP, TCP closing by FIN or RST or never, bursts and long pauses): a flow that times out is
    /// emitted no earlier than its timeout and no later than the first packet a sweep interval past it, and every packet
    /// comes out in one flow.
    /// </summary>
    [Fact]
    public void Timed_out_flows_end_at_the_first_sweep_after_their_timeout_never_before()
    {
        var options = FlowOptions.Default with
        {
            TcpIdleTimeout = TimeSpan.FromSeconds(60),
            TcpClosedTimeout = TimeSpan.FromSeconds(8),
            UdpIdleTimeout = TimeSpan.FromSeconds(20),
            MaximumDuration = TimeSpan.FromSeconds(90),
        };
        long sweepInterval = 2 * Second;   // a quarter of the shortest timeout
        var ended = new List<(Flow Flow, long EmittedAt, long PreviousPacketAt)>();
        long now = Start, previous = Start;
        var table = new FlowTable(options, new CallbackSink(flow => ended.Add((flow, now, previous))));
        var random = new Random(7);
        long packets = 0;
        for (int i = 0; i < 40_000; i++)
        {
            previous = now;
            now += random.Next(10) == 0 ? random.NextInt64(5 * Second) : random.NextInt64(20_000_000);
            ushort port = (ushort)(1024 + random.Next(300));
            bool tcp = port % 2 == 0;
            var flags = !tcp ? TcpFlags.None : random.Next(40) switch { 0 => TcpFlags.Rst, 1 or 2 => TcpFlags.Fin, 3 => TcpFlags.Syn, _ => TcpFlags.Ack };
            bool fromClient = random.Next(2) == 0;
            var packet = fromClient
                ? Packet(Client, port, Server, 443, tcp ? IpProtocol.Tcp : IpProtocol.Udp, flags, (uint)i, 80, 0)
                : Packet(Server, 443, Client, port, tcp ? IpProtocol.Tcp : IpProtocol.Udp, flags, (uint)i, 80, 0);
            table.Add(packet, now, 9, i);
            packets++;
        }
        table.Flush();

        Assert.Equal(packets, ended.Sum(e => e.Flow.Packets));
        foreach (var (flow, emittedAt, previousPacketAt) in ended.Where(e => e.Flow.EndReason is FlowEndReason.IdleTimeout or FlowEndReason.MaximumDuration))
        {
            long due = flow.EndReason == FlowEndReason.MaximumDuration
                ? flow.FirstNs + options.MaximumDuration.Ticks * 100
                : flow.LastNs + IdleTimeout(options, flow).Ticks * 100;
            Assert.True(due <= emittedAt, $"{flow.EndReason} flow emitted {emittedAt - due} ns before it was due");
            Assert.True(previousPacketAt < due + sweepInterval, $"{flow.EndReason} flow still open {previousPacketAt - due} ns after it was due");
        }
        Assert.Contains(ended, e => e.Flow.EndReason == FlowEndReason.IdleTimeout && e.Flow.Protocol == IpProtocol.Tcp && IsClosed(e.Flow));
        Assert.Contains(ended, e => e.Flow.EndReason == FlowEndReason.IdleTimeout && e.Flow.Protocol == IpProtocol.Tcp && !IsClosed(e.Flow));
        Assert.Contains(ended, e => e.Flow.EndReason == FlowEndReason.IdleTimeout && e.Flow.Protocol == IpProtocol.Udp);
        Assert.Contains(ended, e => e.Flow.EndReason == FlowEndReason.MaximumDuration);
    }

    private static bool IsClosed(Flow flow) =>
        ((flow.Source.TcpFlags | flow.Destination.TcpFlags) & TcpFlags.Rst) != 0
        || (flow.Source.TcpFlags & flow.Destination.TcpFlags & TcpFlags.Fin) != 0;

    private static TimeSpan IdleTimeout(FlowOptions options, Flow flow) =>
        flow.Protocol == IpProtocol.Udp ? options.UdpIdleTimeout : IsClosed(flow) ? options.TcpClosedTimeout : options.TcpIdleTimeout;

    [Fact]
    public void A_full_table_ends_its_longest_idle_flows_and_never_holds_more_than_its_cap()
    {
        var flows = new List<Flow>();
        var table = new FlowTable(FlowOptions.Default with { MaxOpenFlows = 100 }, new ListSink(flows));
        for (int i = 0; i < 1000; i++)
        {
            var packet = Packet(Client, (ushort)(1024 + i), Server, 53, IpProtocol.Udp, TcpFlags.None, 0, 80, 38);
            table.Add(packet, Start + i * 1_000_000L, 6, 24 + i * 96);
            Assert.True(table.OpenFlows <= 100);
        }
        table.Flush();

        Assert.Equal(1000, flows.Count);
        Assert.Equal(1000, flows.Select(f => f.SourcePort).Distinct().Count());
        Assert.Contains(flows, f => f.EndReason == FlowEndReason.TableFull);
        Assert.All(flows.Where(f => f.EndReason == FlowEndReason.TableFull), f => Assert.True(f.SourcePort < 1024 + 1000 - 75));
    }

    [Fact]
    public void The_maximum_duration_splits_a_long_flow_when_set()
    {
        var flows = new List<Flow>();
        var table = new FlowTable(FlowOptions.Default with { MaximumDuration = TimeSpan.FromSeconds(60) }, new ListSink(flows));
        for (int t = 0; t <= 150; t += 10)
        {
            var packet = Packet(Client, 4000, Server, 5000, IpProtocol.Udp, TcpFlags.None, 0, 100, 58);
            table.Add(packet, Start + t * Second, 6, t);
        }
        table.Flush();

        Assert.Equal(3, flows.Count);
        Assert.Equal(FlowEndReason.MaximumDuration, flows[0].EndReason);
        Assert.Equal(16, flows.Sum(f => f.Packets));
    }

    [Fact]
    public void Vlans_separate_otherwise_equal_conversations()
    {
        var untagged = Packet(Client, 1, Server, 2, IpProtocol.Udp, TcpFlags.None, 0, 60, 18);
        var tagged = Packet(Client, 1, Server, 2, IpProtocol.Udp, TcpFlags.None, 0, 64, 18);
        tagged.HasVlan = true;
        tagged.VlanId = 0;
        _table.Add(untagged, Start, 6, 24);
        _table.Add(tagged, Start, 6, 100);
        _table.Flush();

        Assert.Equal(2, _flows.Count);
        Assert.Contains(_flows, f => f.HasVlan && f.Vlan == 0);
        Assert.Contains(_flows, f => !f.HasVlan);
    }

    [Fact]
    public void Without_vlan_keys_both_directions_across_two_vlans_are_one_flow()
    {
        var flows = new List<Flow>();
        var table = new FlowTable(FlowOptions.Default with { KeyOnVlan = false }, new ListSink(flows));
        var request = Packet(Client, 5000, Server, 53, IpProtocol.Udp, TcpFlags.None, 0, 80, 38);
        request.HasVlan = true;
        request.VlanId = 34;
        var response = Packet(Server, 53, Client, 5000, IpProtocol.Udp, TcpFlags.None, 0, 200, 158);
        response.HasVlan = true;
        response.VlanId = 47;
        table.Add(request, Start, 6, 24);
        table.Add(response, Start + Second, 6, 120);
        table.Flush();

        var flow = Assert.Single(flows);
        Assert.Equal((1, 1), ((int)flow.Source.Packets, (int)flow.Destination.Packets));
        Assert.Equal((true, (ushort)34), (flow.HasVlan, flow.Vlan));
    }

    [Fact]
    public void Icmp_echo_request_and_reply_with_one_identifier_are_one_flow()
    {
        Icmp(Client, Server, 8, id: 7, 0);
        Icmp(Server, Client, 0, id: 7, 1);
        Icmp(Client, Server, 8, id: 8, 2);
        _table.Flush();

        Assert.Equal(2, _flows.Count);
        Assert.Equal((1, 1), ((int)_flows[0].Source.Packets, (int)_flows[0].Destination.Packets));
        Assert.Equal(Client, _flows[0].SourceIp);
        Assert.Equal(CommunityId.Compute(0, 1, Client, Server, 8, 0), _flows[0].CommunityId(0));
    }

    [Fact]
    public void A_reassembled_datagram_counts_every_fragment_frame()
    {
        var packet = Packet(Client, 5000, Server, 2049, IpProtocol.Udp, TcpFlags.None, 0, 1514, 3000);
        packet.Frames = 3;
        packet.FrameBytes = 1514 + 1514 + 100;
        _table.Add(packet, Start, 6, 24);
        _table.Flush();

        var flow = Assert.Single(_flows);
        Assert.Equal((3, 3128L), (flow.Packets, flow.Bytes));
        Assert.Equal((3, 1), ((int)flow.Source.FragmentFrames, (int)flow.Source.ReassembledDatagrams));
    }

    private const long Start = 1_700_000_000L * Second;

    private void Tcp(IpAddress source, ushort sourcePort, IpAddress destination, ushort destinationPort, TcpFlags flags, long second,
        int frame = 60, int payload = 0, uint sequence = 0)
    {
        var packet = Packet(source, sourcePort, destination, destinationPort, IpProtocol.Tcp, flags, sequence, frame, payload);
        _table.Add(packet, Start + second * Second, 6, _offset);
        _offset += 16 + frame;
    }

    private void Udp(IpAddress source, ushort sourcePort, IpAddress destination, ushort destinationPort, long second)
    {
        var packet = Packet(source, sourcePort, destination, destinationPort, IpProtocol.Udp, TcpFlags.None, 0, 80, 38);
        _table.Add(packet, Start + second * Second, 6, _offset);
        _offset += 96;
    }

    private void Icmp(IpAddress source, IpAddress destination, byte type, ushort id, long second)
    {
        var packet = Packet(source, 0, destination, 0, IpProtocol.Icmp, TcpFlags.None, 0, 98, 56);
        packet.IcmpType = type;
        packet.IcmpId = id;
        _table.Add(packet, Start + second * Second, 6, _offset);
        _offset += 114;
    }

    private static DecodedPacket Packet(IpAddress source, ushort sourcePort, IpAddress destination, ushort destinationPort,
        byte protocol, TcpFlags flags, uint sequence, int frame, int payload) => new()
    {
        Outcome = DecodeOutcome.Ip,
        IpVersion = 4,
        Source = source,
        Destination = destination,
        SourcePort = sourcePort,
        DestinationPort = destinationPort,
        Protocol = protocol,
        TcpFlags = (byte)flags,
        TcpSequence = sequence,
        Frames = 1,
        FrameBytes = frame,
        PayloadWireLength = payload,
    };

    private sealed class ListSink(List<Flow> flows) : IFlowSink
    {
        public void Write(Flow flow) => flows.Add(flow);
    }

    private sealed class CallbackSink(Action<Flow> written) : IFlowSink
    {
        public void Write(Flow flow) => written(flow);
    }
}
