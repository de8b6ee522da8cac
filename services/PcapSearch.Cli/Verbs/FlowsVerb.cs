using System.CommandLine;
using System.Globalization;
using PcapSearch.Capture;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Protocols;

namespace PcapSearch.Cli.Verbs;

/// <summary>
/// `pcapsearch flows FILE...`: the capture engine alone, streaming one ECS flow document per flow
/// to stdout. Warnings go to stderr. Exit 0 when every file was read (warnings allowed), 2 when a
/// file was refused or the filter is bad.
/// </summary>
public static class FlowsVerb
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Captures to read (pcap, pcapng, optionally gzip or zstd compressed).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format; none reads and tracks flows without printing them (with --stats: a capture summary).", DefaultValueFactory = _ => "ndjson" };
        format.AcceptOnlyFromAmong("ndjson", "csv", "table", "none");
        var filter = new Option<string?>("--filter") { Description = "Capture filter in tcpdump syntax, applied to every frame (e.g. \"tcp port 443\")." };
        var tcpIdle = new Option<double>("--tcp-idle-timeout") { Description = "Seconds without packets after which a TCP flow ends.", DefaultValueFactory = _ => FlowOptions.Default.TcpIdleTimeout.TotalSeconds };
        var tcpClosed = new Option<double>("--tcp-closed-timeout") { Description = "Seconds without packets after which a TCP flow that saw RST, or FIN from both sides, ends.", DefaultValueFactory = _ => FlowOptions.Default.TcpClosedTimeout.TotalSeconds };
        var udpIdle = new Option<double>("--udp-idle-timeout") { Description = "Seconds without packets after which a UDP flow ends.", DefaultValueFactory = _ => FlowOptions.Default.UdpIdleTimeout.TotalSeconds };
        var otherIdle = new Option<double>("--other-idle-timeout") { Description = "Seconds without packets after which an ICMP or other flow ends.", DefaultValueFactory = _ => FlowOptions.Default.OtherIdleTimeout.TotalSeconds };
        var maxDuration = new Option<double>("--max-duration") { Description = "Seconds after which a long flow is emitted and continues as a new one; 0 for no limit.", DefaultValueFactory = _ => 0 };
        var seed = new Option<ushort>("--community-id-seed") { Description = "Community ID seed.", DefaultValueFactory = _ => 0 };
        var noProtocols = new Option<bool>("--no-protocols") { Description = "Skip application-protocol parsing (DNS, HTTP, TLS, SSH): flows only, faster." };
        var ignoreVlan = new Option<bool>("--ignore-vlan") { Description = "Leave 802.1Q tags out of the flow key: both directions of a conversation routed through different VLANs make one flow." };
        var stats = new Option<bool>("--stats") { Description = "Print each capture's statistics (packets by link type, non-IP, anomalies) to stderr as JSON." };

        var command = new Command("flows", "Print the flows of captures as ECS documents (NDJSON), CSV or a table.")
        {
            files, format, filter, tcpIdle, tcpClosed, udpIdle, otherIdle, maxDuration, seed, noProtocols, ignoreVlan, stats,
        };
        command.SetAction(parse =>
        {
            var options = new EngineOptions
            {
                Filter = parse.GetValue(filter),
                Flows = new FlowOptions
                {
                    TcpIdleTimeout = TimeSpan.FromSeconds(parse.GetValue(tcpIdle)),
                    TcpClosedTimeout = TimeSpan.FromSeconds(parse.GetValue(tcpClosed)),
                    UdpIdleTimeout = TimeSpan.FromSeconds(parse.GetValue(udpIdle)),
                    OtherIdleTimeout = TimeSpan.FromSeconds(parse.GetValue(otherIdle)),
                    MaximumDuration = TimeSpan.FromSeconds(parse.GetValue(maxDuration)),
                    CommunityIdSeed = parse.GetValue(seed),
                    KeyOnVlan = !parse.GetValue(ignoreVlan),
                    Protocols = parse.GetValue(noProtocols) ? ProtocolRegistry.None : ProtocolRegistry.Default,
                },
            };
            return Run(parse.GetValue(files)!, parse.GetValue(format)!, options, parse.GetValue(stats));
        });
        return command;
    }

    private static int Run(FileInfo[] files, string format, EngineOptions options, bool printStats)
    {
        if (options.Filter != null)
        {
            try
            {
                PacketFilter.Compile(options.Filter).Dispose();
            }
            catch (BadFilterException e)
            {
                Console.Error.WriteLine($"pcapsearch flows: {e.Message}");
                return ExitCodes.Refused;
            }
        }

        var stdout = new BufferedStream(StandardOutput.Open(), 1 << 20);
        try
        {
            return WriteFlows(files, format, options, printStats, stdout);
        }
        catch (IOException e) when (StandardOutput.IsClosedByReader(e))
        {
            return ExitCodes.Ok;
        }
        finally
        {
            try
            {
                stdout.Dispose();
            }
            catch (IOException e) when (StandardOutput.IsClosedByReader(e))
            {
            }
        }
    }

    private static int WriteFlows(FileInfo[] files, string format, EngineOptions options, bool printStats, Stream stdout)
    {
        WriteHeader(format, stdout);
        int exit = ExitCodes.Ok;
        foreach (var file in files)
        {
            if (Directory.Exists(file.FullName))
            {
                Console.Error.WriteLine($"{file.Name}: is a directory; name the capture files in it");
                exit = ExitCodes.Refused;
                continue;
            }
            try
            {
                var contentId = Task.Run(() => CaptureIdentity.ContentIdOf(file.FullName));
                CaptureStatistics statistics;
                using (var sink = new BackgroundFlowSink(() =>
                    CreateSink(format, stdout, new CaptureSource(contentId.GetAwaiter().GetResult(), file.Name), options.Flows.CommunityIdSeed)))
                {
                    statistics = CaptureEngine.Run(file.FullName, options, sink);
                    sink.Complete();
                }
                stdout.Flush();
                Report(file.Name, statistics, printStats);
            }
            catch (CaptureRefusedException e)
            {
                Console.Error.WriteLine(e.Message);
                exit = ExitCodes.Refused;
            }
            catch (BadFilterException e)
            {
                Console.Error.WriteLine($"{file.Name}: {e.Message}");
                exit = ExitCodes.Refused;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && !StandardOutput.IsClosedByReader(e))
            {
                Console.Error.WriteLine($"{file.Name}: {e.Message}");
                exit = ExitCodes.Refused;
            }
        }
        return exit;
    }

    private static void WriteHeader(string format, Stream output)
    {
        string header = format switch
        {
            "csv" => FlowCsvWriter.Header,
            "table" => FlowTableWriter.Header,
            _ => "",
        };
        output.Write(System.Text.Encoding.UTF8.GetBytes(header));
    }

    private static IFlowSink CreateSink(string format, Stream output, CaptureSource source, ushort seed) => format switch
    {
        "csv" => new FlowCsvWriter(output, source, seed),
        "table" => new FlowTableWriter(output),
        "none" => new DiscardingSink(),
        _ => new FlowDocumentWriter(output, source, seed),
    };

    private sealed class DiscardingSink : IFlowSink
    {
        public void Write(Flow flow)
        {
        }
    }

    private static void Report(string name, CaptureStatistics statistics, bool printStats)
    {
        var error = Console.Error;
        foreach (var warning in statistics.Warnings) error.WriteLine($"{name}: warning: {warning}");
        if (statistics.WarningCount > statistics.Warnings.Count)
            error.WriteLine($"{name}: {statistics.WarningCount - statistics.Warnings.Count} more warnings not shown");
        foreach (var (linkType, count) in statistics.UnsupportedLinkTypes)
            error.WriteLine($"{name}: {count} packets of link type {(int)linkType} ({linkType}) have no decoder and are counted only");
        if (printStats) error.WriteLine(StatisticsJson.Format(name, statistics));
    }
}
