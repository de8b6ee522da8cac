using System.CommandLine;
using PcapSearch.Flows;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Protocols;

namespace PcapSearch.Cli.Verbs;

/// <summary>The capture engine's options as command-line flags, shared by every verb that reads captures.</summary>
public sealed class EngineArguments
{
    private readonly Option<string?> _filter = new("--filter") { Description = "Capture filter in tcpdump syntax, applied to every frame (e.g. \"tcp port 443\")." };
    private readonly Option<double> _tcpIdle = Seconds("--tcp-idle-timeout", "Seconds without packets after which a TCP flow ends.", FlowOptions.Default.TcpIdleTimeout);
    private readonly Option<double> _tcpClosed = Seconds("--tcp-closed-timeout", "Seconds without packets after which a TCP flow that saw RST, or FIN from both sides, ends.", FlowOptions.Default.TcpClosedTimeout);
    private readonly Option<double> _udpIdle = Seconds("--udp-idle-timeout", "Seconds without packets after which a UDP flow ends.", FlowOptions.Default.UdpIdleTimeout);
    private readonly Option<double> _otherIdle = Seconds("--other-idle-timeout", "Seconds without packets after which an ICMP or other flow ends.", FlowOptions.Default.OtherIdleTimeout);
    private readonly Option<double> _maxDuration = Seconds("--max-duration", "Seconds after which a long flow is emitted and continues as a new one; 0 for no limit.", TimeSpan.Zero, zeroAllowed: true);
    private readonly Option<ushort> _seed = new("--community-id-seed") { Description = "Community ID seed.", DefaultValueFactory = _ => 0 };
    private readonly Option<bool> _noProtocols = new("--no-protocols") { Description = "Skip application-protocol parsing (DNS, HTTP, TLS, SSH): flows only, faster." };
    private readonly Option<bool> _ignoreVlan = new("--ignore-vlan") { Description = "Leave 802.1Q tags out of the flow key: both directions of a conversation routed through different VLANs make one flow." };

    /// <summary>Longest time an option takes: a century, well inside the engine's nanosecond clock.</summary>
    private const double MaxSeconds = 100 * 365.25 * 86400;

    private static Option<double> Seconds(string name, string description, TimeSpan defaultValue, bool zeroAllowed = false)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue.TotalSeconds };
        option.Validators.Add(result =>
        {
            double seconds = result.GetValueOrDefault<double>();
            if (!(seconds > 0 || zeroAllowed && seconds == 0) || seconds > MaxSeconds)
                result.AddError($"{name} takes seconds, {(zeroAllowed ? "from 0" : "more than 0")} to {MaxSeconds:0} (a century); got {seconds}");
        });
        return option;
    }

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
