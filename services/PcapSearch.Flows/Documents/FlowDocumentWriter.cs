using System.Text.Encodings.Web;
using System.Text.Json;
using PcapSearch.Decoding;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Flows.Documents;

/// <summary>
/// Writes each flow as one ECS JSON document per line (NDJSON), the flow document of
/// ARCHITECTURE.md: nested ECS objects, ISO 8601 UTC timestamps at the capture's precision.
/// </summary>
public sealed class FlowDocumentWriter : IFlowSink, IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;
    private readonly CaptureSource _capture;
    private readonly ushort _communityIdSeed;

    public FlowDocumentWriter(Stream output, CaptureSource capture, ushort communityIdSeed = 0)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, WriterOptions);
        _capture = capture;
        _communityIdSeed = communityIdSeed;
    }

    public void Write(Flow flow)
    {
        var json = _json;
        json.WriteStartObject();
        WriteTimestamp("@timestamp", flow.FirstNs, flow);

        json.WriteStartObject("event");
        json.WriteString("id", FlowId.Compute(_capture.Id, flow));
        json.WriteString("kind", "event");
        json.WriteStartArray("category");
        json.WriteStringValue("network");
        json.WriteEndArray();
        json.WriteStartArray("type");
        json.WriteStringValue("connection");
        json.WriteEndArray();
        WriteTimestamp("start", flow.FirstNs, flow);
        WriteTimestamp("end", flow.LastNs, flow);
        json.WriteNumber("duration", flow.DurationNs);
        json.WriteEndObject();

        WriteEndpoint("source", flow.SourceIp.ToString(), flow.SourcePort, flow, flow.Source);
        WriteEndpoint("destination", flow.DestinationIp.ToString(), flow.DestinationPort, flow, flow.Destination);

        json.WriteStartObject("network");
        json.WriteString("transport", EcsValues.Transport(flow.Protocol));
        json.WriteString("type", EcsValues.NetworkType(flow.IsIpv6));
        json.WriteString("iana_number", flow.Protocol.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteNumber("bytes", flow.Bytes);
        json.WriteNumber("packets", flow.Packets);
        json.WriteString("community_id", flow.CommunityId(_communityIdSeed));
        if (flow.HasVlan)
        {
            json.WriteStartObject("vlan");
            json.WriteString("id", flow.Vlan.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        if (flow.HasInnerVlan)
        {
            json.WriteStartObject("inner");
            json.WriteStartObject("vlan");
            json.WriteString("id", flow.InnerVlan.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();

        WritePcap(flow);
        json.WriteEndObject();
        json.Flush();
        json.Reset();
        _output.WriteByte((byte)'\n');
    }

    private void WriteEndpoint(string name, string ip, ushort port, Flow flow, in FlowDirection sent)
    {
        var json = _json;
        json.WriteStartObject(name);
        json.WriteString("ip", ip);
        if (flow.HasPorts) json.WriteNumber("port", port);
        if (sent.HasMac) json.WriteString("mac", EcsValues.Mac(sent.Mac));
        json.WriteNumber("bytes", sent.Bytes);
        json.WriteNumber("packets", sent.Packets);
        json.WriteEndObject();
    }

    private void WritePcap(Flow flow)
    {
        var json = _json;
        json.WriteStartObject("pcap");
        json.WriteStartObject("capture");
        json.WriteString("id", _capture.Id);
        json.WriteString("file", _capture.FileName);
        json.WriteEndObject();
        json.WriteNumber("offset", flow.FirstOffset);
        json.WriteString("end_reason", EcsValues.EndReason(flow.EndReason));
        json.WriteStartObject("payload_bytes");
        json.WriteNumber("source", flow.Source.PayloadBytes);
        json.WriteNumber("destination", flow.Destination.PayloadBytes);
        json.WriteEndObject();
        if (flow.Protocol == IpProtocol.Tcp)
        {
            json.WriteStartObject("tcp_flags");
            WriteNames("source", EcsValues.TcpFlagNames(flow.Source.TcpFlags));
            WriteNames("destination", EcsValues.TcpFlagNames(flow.Destination.TcpFlags));
            json.WriteEndObject();
        }
        if (flow.IsIcmp)
        {
            json.WriteStartObject("icmp");
            json.WriteNumber("type", flow.IcmpType);
            json.WriteNumber("code", flow.IcmpCode);
            json.WriteEndObject();
        }
        var tunnels = flow.Encapsulations & ~(Encapsulations.Vlan | Encapsulations.QinQ);
        if (tunnels != Encapsulations.None)
        {
            json.WriteStartObject("tunnel");
            WriteNames("type", EcsValues.EncapsulationNames(tunnels));
            if (flow.HasOuterIp)
            {
                json.WriteStartObject("source");
                json.WriteString("ip", flow.OuterSource.ToString());
                json.WriteEndObject();
                json.WriteStartObject("destination");
                json.WriteString("ip", flow.OuterDestination.ToString());
                json.WriteEndObject();
            }
            if (flow.TunnelId != 0) json.WriteNumber("id", flow.TunnelId);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private void WriteNames(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values) _json.WriteStringValue(value);
        _json.WriteEndArray();
    }

    private void WriteTimestamp(string name, long ns, Flow flow)
    {
        Span<byte> utf8 = stackalloc byte[40];
        _json.WriteString(name, utf8[..EcsValues.FormatTimestamp(ns, flow.TimestampDigits, utf8)]);
    }

    public void Dispose() => _json.Dispose();
}
