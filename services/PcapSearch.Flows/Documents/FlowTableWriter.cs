using System.Globalization;
using System.Text;

namespace PcapSearch.Flows.Documents;

/// <summary>
/// Fixed-width columns for reading flows in a terminal, one line each, streamed. The caller writes
/// <see cref="Header"/> once before the rows of all captures.
/// </summary>
public sealed class FlowTableWriter : IFlowSink, IDisposable
{
    private const string Format = "{0,-30} {1,12} {2,-9} {3,41} -> {4,-41} {5,8} {6,12} {7,8} {8,12}";
    public static string Header => string.Format(CultureInfo.InvariantCulture, Format,
        "start", "duration_s", "transport", "source", "destination", "pkts>", "bytes>", "<pkts", "<bytes") + "\n";

    private readonly TextWriter _output;

    public FlowTableWriter(Stream output) => _output = new StreamWriter(output, new UTF8Encoding(false), 1 << 16);

    public void Write(Flow flow)
    {
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, Format,
            EcsValues.FormatTimestamp(flow.FirstNs, flow.TimestampDigits),
            (flow.DurationNs / 1e9).ToString("0.000000", CultureInfo.InvariantCulture),
            EcsValues.Transport(flow.Protocol),
            Endpoint(flow.SourceIp.ToString(), flow.SourcePort, flow.HasPorts),
            Endpoint(flow.DestinationIp.ToString(), flow.DestinationPort, flow.HasPorts),
            flow.Source.Packets, flow.Source.Bytes, flow.Destination.Packets, flow.Destination.Bytes));
    }

    private static string Endpoint(string ip, ushort port, bool hasPort) =>
        !hasPort ? ip : ip.Contains(':') ? $"[{ip}]:{port}" : $"{ip}:{port}";

    public void Flush() => _output.Flush();

    public void Dispose() => _output.Flush();
}
