using PcapSearch.Decoding;

namespace PcapSearch.Flows;

/// <summary>
/// When a flow ends. Idle timeouts are measured in capture time (packet timestamps), never the wall
/// clock. The defaults are long enough that flows match tshark's conversations on real captures
/// (tshark never splits on idle time) while keeping the table bounded on long captures; see
/// docs/flows.md.
/// </summary>
public sealed record FlowOptions
{
    public TimeSpan TcpIdleTimeout { get; init; } = TimeSpan.FromMinutes(10);
    public TimeSpan UdpIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);
    public TimeSpan OtherIdleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A flow older than this is emitted and the conversation continues as a new flow. Zero: no limit.</summary>
    public TimeSpan MaximumDuration { get; init; } = TimeSpan.Zero;

    /// <summary>Community ID seed (0 in the specification's default).</summary>
    public ushort CommunityIdSeed { get; init; }

    public static FlowOptions Default { get; } = new();

    internal long IdleTimeoutNs(byte protocol) => protocol switch
    {
        IpProtocol.Tcp => Ticks(TcpIdleTimeout),
        IpProtocol.Udp => Ticks(UdpIdleTimeout),
        _ => Ticks(OtherIdleTimeout),
    };

    internal long MaximumDurationNs => MaximumDuration <= TimeSpan.Zero ? long.MaxValue : Ticks(MaximumDuration);

    internal long SweepIntervalNs =>
        Math.Max(1_000_000_000L, Math.Min(Ticks(TcpIdleTimeout), Math.Min(Ticks(UdpIdleTimeout), Ticks(OtherIdleTimeout))) / 8);

    private static long Ticks(TimeSpan span) => span.Ticks * 100;
}
