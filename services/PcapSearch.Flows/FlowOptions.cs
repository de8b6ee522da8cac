using PcapSearch.Decoding;
using PcapSearch.Flows.Protocols;

namespace PcapSearch.Flows;

/// <summary>
/// When a flow ends. Idle timeouts are measured in capture time (packet timestamps), never the wall
/// clock. The defaults are long enough that flows match tshark's conversations on real captures
/// (tshark never splits on idle time) while keeping the table bounded on long captures; see
/// docs/flows.md.
/// </summary>
public sealed record FlowOptions
{
    /// <summary>Idle time after which an open TCP connection ends (long: tshark and Arkime keep long-idle sessions whole).</summary>
    public TimeSpan TcpIdleTimeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Idle time after which a TCP connection that saw RST, or FIN from both sides, ends.</summary>
    public TimeSpan TcpClosedTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan UdpIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);
    public TimeSpan OtherIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Most flows held open at once. Past it, the quarter of open flows idle the longest are ended
    /// (<see cref="FlowEndReason.TableFull"/>), so memory stays bounded whatever the capture holds
    /// (about 400 bytes per open flow).
    /// </summary>
    public int MaxOpenFlows { get; init; } = 1_000_000;

    /// <summary>A flow older than this is emitted and the conversation continues as a new flow. Zero: no limit.</summary>
    public TimeSpan MaximumDuration { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Whether the 802.1Q tags are part of the flow key (the default: the same addresses on two VLANs
    /// are two networks). Off, a conversation whose directions cross different VLANs is one flow, as in
    /// tshark and Arkime.
    /// </summary>
    public bool KeyOnVlan { get; init; } = true;

    /// <summary>The application-layer parsers tried on each flow's first payloads.</summary>
    public ProtocolRegistry Protocols { get; init; } = ProtocolRegistry.Default;

    /// <summary>Community ID seed (0 in the specification's default).</summary>
    public ushort CommunityIdSeed { get; init; }

    public static FlowOptions Default { get; } = new();

    internal long IdleTimeoutNs(byte protocol, bool closed) => protocol switch
    {
        IpProtocol.Tcp => closed ? Ticks(TcpClosedTimeout) : Ticks(TcpIdleTimeout),
        IpProtocol.Udp => Ticks(UdpIdleTimeout),
        _ => Ticks(OtherIdleTimeout),
    };

    internal long MaximumDurationNs => MaximumDuration <= TimeSpan.Zero ? long.MaxValue : Ticks(MaximumDuration);

    internal long SweepIntervalNs =>
        Math.Max(1_000_000_000L, Math.Min(Ticks(TcpClosedTimeout), Math.Min(Ticks(UdpIdleTimeout), Ticks(OtherIdleTimeout))) / 4);

    private static long Ticks(TimeSpan span) => span.Ticks * 100;
}
