using System.CommandLine;
using PcapSearch.Flows;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Protocols;

namespace PcapSearch.Cli.Verbs;

/// <summary>The capture engine's options as command-line flags, shared by every verb that reads captures.</summary>
public sealed class EngineArguments
{
    private readonly Option<string?> _filter = new("--filter") { Description = "Capture filter in tcpdump syntax, applied to every frame (e.g. \"tcp port 443\")." };
    private readonly Option<double> _tcpIdle = new("--tcp-idle-timeout") { Description = "Seconds without packets after which a TCP flow ends.", DefaultValueFactory = _ => FlowOptions.Default.TcpIdleTimeout.TotalSeconds };
    private readonly Option<double> _tcpClosed = new("--tcp-closed-timeout") { Description = "Seconds without packets after which a TCP flow that saw RST, or FIN from both sides, ends.", DefaultValueFactory = _ => FlowOptions.Default.TcpClosedTimeout.TotalSeconds };
    private readonly Option<double> _udpIdle = new("--udp-idle-timeout") { Description = "Seconds without packets after which a UDP flow ends.", DefaultValueFactory = _ => FlowOptions.Default.UdpIdleTimeout.TotalSeconds };
    private readonly Option<double> _otherIdle = new("--other-idle-timeout") { Description = "Seconds without packets after which an ICMP or other flow ends.", DefaultValueFactory = _ => FlowOptions.Default.OtherIdleTimeout.TotalSeconds };
    private readonly Option<double> _maxDuration = new("--max-duration") { Description = "Seconds after which a long flow is emitted and continues as a new one; 0 for no limit.", DefaultValueFactory = _ => 0 };
    private readonly Option<ushort> _seed = new("--community-id-seed") { Description = "Community ID seed.", DefaultValueFactory = _ => 0 };
    private readonly Option<bool> _noProtocols = new("--no-protocols") { Description = "Skip application-protocol parsing (DNS, HTTP, TLS, SSH): flows only, faster." };
    private readonly Option<bool> _ignoreVlan = new("--ignore-vlan") { Description = "Leave 802.1Q tags out of the flow key: both directions of a conversation routed through different VLANs make one flow." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _filter, _tcpIdle, _tcpClosed, _udpIdle, _otherIdle, _maxDuration, _seed, _noProtocols, _ignoreVlan })
            command.Options.Add(option);
    }

    /// <summary>Why the capture filter cannot be compiled, or null: checked once, before any capture is read.</summary>
    public static string? FilterError(EngineOptions options)
    {
        if (options.Filter == null) return null;
        try
        {
            PacketFilter.Compile(options.Filter).Dispose();
            return null;
        }
        catch (BadFilterException e)
        {
            return e.Message;
        }
    }

    public EngineOptions Read(ParseResult parse) => new()
    {
        Filter = parse.GetValue(_filter),
        Flows = new FlowOptions
        {
            TcpIdleTimeout = TimeSpan.FromSeconds(parse.GetValue(_tcpIdle)),
            TcpClosedTimeout = TimeSpan.FromSeconds(parse.GetValue(_tcpClosed)),
            UdpIdleTimeout = TimeSpan.FromSeconds(parse.GetValue(_udpIdle)),
            OtherIdleTimeout = TimeSpan.FromSeconds(parse.GetValue(_otherIdle)),
            MaximumDuration = TimeSpan.FromSeconds(parse.GetValue(_maxDuration)),
            CommunityIdSeed = parse.GetValue(_seed),
            KeyOnVlan = !parse.GetValue(_ignoreVlan),
            Protocols = parse.GetValue(_noProtocols) ? ProtocolRegistry.None : ProtocolRegistry.Default,
        },
    };
}
