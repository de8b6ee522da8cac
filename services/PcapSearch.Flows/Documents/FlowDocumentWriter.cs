using System.Text.Encodings.Web;
using System.Text.Json;
using PcapSearch.Decoding;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Enrichment;
using PcapSearch.Flows.Protocols;

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
    private readonly JsonEcsWriter _applicationFields;
    private readonly JsonEncodedText _captureId;
    private readonly JsonEncodedText _captureFile;
    private readonly FlowId _ids;
    private readonly ushort _communityIdSeed;

    public FlowDocumentWriter(Stream output, CaptureSource capture, ushort communityIdSeed = 0)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, WriterOptions);
        _applicationFields = new JsonEcsWriter(_json);
        _captureId = JsonEncodedText.Encode(capture.Id, WriterOptions.Encoder);
        _captureFile = JsonEncodedText.Encode(capture.FileName, WriterOptions.Encoder);
        _ids = new FlowId(capture.Id);
        _communityIdSeed = communityIdSeed;
    }

    public void Write(Flow flow)
    {
        var json = _json;
        json.WriteStartObject();
        WriteTimestamp("@timestamp"u8, flow.FirstNs, flow);

        json.WriteStartObject("event"u8);
        Span<byte> id = stackalloc byte[FlowId.Length];
        _ids.Write(flow, id);
        json.WriteString(Names.Id, id);
        json.WriteString(Names.Kind, Names.Event);
        json.WriteStartArray(Names.Category);
        json.WriteStringValue(Names.Network);
        json.WriteEndArray();
        json.WriteStartArray(Names.Type);
        json.WriteStringValue(Names.Connection);
        json.WriteEndArray();
        WriteTimestamp("start"u8, flow.FirstNs, flow);
        WriteTimestamp("end"u8, flow.LastNs, flow);
        json.WriteNumber("duration"u8, flow.DurationNs);
        json.WriteEndObject();

        WriteEndpoint(Names.Source, flow.SourceIp, flow.SourcePort, flow, flow.Source, flow.SourceEnrichment);
        WriteEndpoint(Names.Destination, flow.DestinationIp, flow.DestinationPort, flow, flow.Destination, flow.DestinationEnrichment);

        json.WriteStartObject("network"u8);
        json.WriteString("transport"u8, Values.Transports[flow.Protocol]);
        json.WriteString("type"u8, flow.IsIpv6 ? Values.Ipv6 : Values.Ipv4);
        json.WriteString("iana_number"u8, Values.IanaNumbers[flow.Protocol]);
        var applications = flow.Applications;
        if (applications.Count == 1) json.WriteString("protocol"u8, applications[0].Name);
        else if (applications.Count > 1) WriteNames("protocol"u8, applications.Select(a => a.Name).ToArray());
        json.WriteNumber("bytes"u8, flow.Bytes);
        json.WriteNumber("packets"u8, flow.Packets);
        Span<byte> communityId = stackalloc byte[CommunityId.Length];
        flow.WriteCommunityId(_communityIdSeed, communityId);
        json.WriteString(Names.CommunityId, communityId);
        if (flow.HasVlan)
        {
            json.WriteStartObject("vlan"u8);
            WriteNumberText("id"u8, flow.Vlan);
            json.WriteEndObject();
        }
        if (flow.HasInnerVlan)
        {
            json.WriteStartObject("inner"u8);
            json.WriteStartObject("vlan"u8);
            WriteNumberText("id"u8, flow.InnerVlan);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();

        foreach (var application in applications) application.WriteEcs(_applicationFields);
        WritePcap(flow);
        json.WriteEndObject();
        json.Flush();
        json.Reset();
        _output.WriteByte((byte)'\n');
    }

    private void WriteEndpoint(JsonEncodedText name, IpAddress ip, ushort port, Flow flow, in FlowDirection sent, EndpointEnrichment? enrichment)
    {
        var json = _json;
        json.WriteStartObject(name);
        WriteAddress(Names.Ip, ip);
        if (flow.HasPorts) json.WriteNumber(Names.Port, port);
        if (sent.HasMac)
        {
            Span<byte> mac = stackalloc byte[EcsValues.MacLength];
            EcsValues.WriteMac(sent.Mac, mac);
            json.WriteString(Names.Mac, mac);
        }
        json.WriteNumber(Names.Bytes, sent.Bytes);
        json.WriteNumber(Names.Packets, sent.Packets);
        if (enrichment?.Geo is { } geo) WriteGeo(geo);
        if (enrichment?.As is { } system) WriteAs(system);
        json.WriteEndObject();
    }

    /// <summary>ECS geo fields, each only when known; the location as the "lat,lon" text a geo_point reads.</summary>
    private void WriteGeo(GeoPlace geo)
    {
        var json = _json;
        json.WriteStartObject(Names.Geo);
        if (geo.CountryIsoCode is { } iso) json.WriteString("country_iso_code"u8, iso);
        if (geo.CountryName is { } country) json.WriteString("country_name"u8, country);
        if (geo.ContinentCode is { } continent) json.WriteString("continent_code"u8, continent);
        if (geo.RegionName is { } region) json.WriteString("region_name"u8, region);
        if (geo.CityName is { } city) json.WriteString("city_name"u8, city);
        if (geo.Location is { } location) json.WriteString("location"u8, location.ToString());
        json.WriteEndObject();
    }

    private void WriteAs(AutonomousSystem system)
    {
        var json = _json;
        json.WriteStartObject(Names.As);
        json.WriteNumber("number"u8, system.Number);
        if (system.OrganizationName is { } organization)
        {
            json.WriteStartObject("organization"u8);
            json.WriteString("name"u8, organization);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private void WriteAddress(JsonEncodedText name, IpAddress ip)
    {
        Span<byte> text = stackalloc byte[IpAddress.MaxTextLength];
        _json.WriteString(name, text[..ip.FormatUtf8(text)]);
    }

    private void WritePcap(Flow flow)
    {
        var json = _json;
        json.WriteStartObject("pcap"u8);
        json.WriteStartObject("capture"u8);
        json.WriteString("id"u8, _captureId);
        json.WriteString("file"u8, _captureFile);
        json.WriteEndObject();
        json.WriteNumber("offset"u8, flow.FirstOffset);
        json.WriteString("end_reason"u8, Values.EndReasons[(int)flow.EndReason]);
        json.WriteStartObject("payload_bytes"u8);
        json.WriteNumber("source"u8, flow.Source.PayloadBytes);
        json.WriteNumber("destination"u8, flow.Destination.PayloadBytes);
        json.WriteEndObject();
        WriteMacVendor(Names.Source, flow.SourceEnrichment);
        WriteMacVendor(Names.Destination, flow.DestinationEnrichment);
        if (flow.Source.FragmentFrames + flow.Destination.FragmentFrames > 0)
        {
            json.WriteStartObject("fragments"u8);
            json.WriteNumber("source"u8, flow.Source.FragmentFrames);
            json.WriteNumber("destination"u8, flow.Destination.FragmentFrames);
            json.WriteEndObject();
        }
        if (flow.Protocol == IpProtocol.Tcp)
        {
            json.WriteStartObject("tcp_flags"u8);
            WriteNames("source"u8, Values.TcpFlagNames[(byte)flow.Source.TcpFlags]);
            WriteNames("destination"u8, Values.TcpFlagNames[(byte)flow.Destination.TcpFlags]);
            json.WriteEndObject();
        }
        if (flow.IsIcmp)
        {
            json.WriteStartObject("icmp"u8);
            json.WriteNumber("type"u8, flow.IcmpType);
            json.WriteNumber("code"u8, flow.IcmpCode);
            json.WriteEndObject();
        }
        var tunnels = flow.Encapsulations & ~(Encapsulations.Vlan | Encapsulations.QinQ);
        if (tunnels != Encapsulations.None)
        {
            json.WriteStartObject("tunnel"u8);
            WriteNames("type"u8, EcsValues.EncapsulationNames(tunnels));
            if (flow.HasOuterIp)
            {
                json.WriteStartObject(Names.Source);
                WriteAddress(Names.Ip, flow.OuterSource);
                json.WriteEndObject();
                json.WriteStartObject(Names.Destination);
                WriteAddress(Names.Ip, flow.OuterDestination);
                json.WriteEndObject();
            }
            if (flow.TunnelId != 0) json.WriteNumber("id"u8, flow.TunnelId);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary><c>pcap.source.mac_vendor</c>: ECS has no field for the maker of a MAC address.</summary>
    private void WriteMacVendor(JsonEncodedText side, EndpointEnrichment? enrichment)
    {
        if (enrichment?.MacVendor is not { } vendor) return;
        _json.WriteStartObject(side);
        _json.WriteString("mac_vendor"u8, vendor);
        _json.WriteEndObject();
    }

    private void WriteNames(ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values) _json.WriteStringValue(value);
        _json.WriteEndArray();
    }

    private void WriteNames(ReadOnlySpan<byte> name, JsonEncodedText[] values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values) _json.WriteStringValue(value);
        _json.WriteEndArray();
    }

    /// <summary>A number written as text (ECS keeps VLAN ids as keywords).</summary>
    private void WriteNumberText(ReadOnlySpan<byte> name, ushort number)
    {
        Span<byte> digits = stackalloc byte[5];
        System.Buffers.Text.Utf8Formatter.TryFormat(number, digits, out int written);
        _json.WriteString(name, digits[..written]);
    }

    private void WriteTimestamp(ReadOnlySpan<byte> name, long ns, Flow flow)
    {
        Span<byte> utf8 = stackalloc byte[40];
        _json.WriteString(name, utf8[..EcsValues.FormatTimestamp(ns, flow.TimestampDigits, utf8)]);
    }

    public void Dispose() => _json.Dispose();

    /// <summary>The values of <see cref="EcsValues"/> a document holds, encoded once.</summary>
    private static class Values
    {
        public static readonly JsonEncodedText[] Transports = [.. Enumerable.Range(0, 256).Select(p => Encode(EcsValues.Transport((byte)p)))];
        public static readonly JsonEncodedText[] IanaNumbers = [.. Enumerable.Range(0, 256).Select(p => Encode(p.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        public static readonly JsonEncodedText Ipv4 = Encode(EcsValues.NetworkType(ipv6: false));
        public static readonly JsonEncodedText Ipv6 = Encode(EcsValues.NetworkType(ipv6: true));
        public static readonly JsonEncodedText[] EndReasons = [.. Enum.GetValues<FlowEndReason>().Select(r => Encode(EcsValues.EndReason(r)))];
        public static readonly JsonEncodedText[][] TcpFlagNames = [.. Enumerable.Range(0, 256).Select(f => EcsValues.TcpFlagNames((TcpFlags)f).Select(Encode).ToArray())];

        private static JsonEncodedText Encode(string value) => JsonEncodedText.Encode(value, WriterOptions.Encoder);
    }

    /// <summary>Names handed to the helpers (an endpoint's side, its fields) and constant values, encoded once; other property names are UTF-8 literals where they are written.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Event = JsonEncodedText.Encode("event");
        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
        public static readonly JsonEncodedText Network = JsonEncodedText.Encode("network");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Connection = JsonEncodedText.Encode("connection");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Destination = JsonEncodedText.Encode("destination");
        public static readonly JsonEncodedText Ip = JsonEncodedText.Encode("ip");
        public static readonly JsonEncodedText Port = JsonEncodedText.Encode("port");
        public static readonly JsonEncodedText Mac = JsonEncodedText.Encode("mac");
        public static readonly JsonEncodedText Bytes = JsonEncodedText.Encode("bytes");
        public static readonly JsonEncodedText Packets = JsonEncodedText.Encode("packets");
        public static readonly JsonEncodedText CommunityId = JsonEncodedText.Encode("community_id");
        public static readonly JsonEncodedText Geo = JsonEncodedText.Encode("geo");
        public static readonly JsonEncodedText As = JsonEncodedText.Encode("as");
    }
}
