using System.Text.Encodings.Web;
using System.Text.Json;
using PcapSearch.Decoding;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Enrichment;

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
    private readonly FlowId _ids;
    private readonly ushort _communityIdSeed;

    public FlowDocumentWriter(Stream output, CaptureSource capture, ushort communityIdSeed = 0)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, WriterOptions);
        _capture = capture;
        _ids = new FlowId(capture.Id);
        _communityIdSeed = communityIdSeed;
    }

    public void Write(Flow flow)
    {
        var json = _json;
        json.WriteStartObject();
        WriteTimestamp("@timestamp", flow.FirstNs, flow);

        json.WriteStartObject("event");
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
        WriteTimestamp("start", flow.FirstNs, flow);
        WriteTimestamp("end", flow.LastNs, flow);
        json.WriteNumber("duration", flow.DurationNs);
        json.WriteEndObject();

        WriteEndpoint(Names.Source, flow.SourceIp, flow.SourcePort, flow, flow.Source, flow.SourceEnrichment);
        WriteEndpoint(Names.Destination, flow.DestinationIp, flow.DestinationPort, flow, flow.Destination, flow.DestinationEnrichment);

        json.WriteStartObject("network");
        json.WriteString("transport", EcsValues.Transport(flow.Protocol));
        json.WriteString("type", EcsValues.NetworkType(flow.IsIpv6));
        json.WriteString("iana_number", flow.Protocol.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var applications = flow.Applications;
        if (applications.Count == 1) json.WriteString("protocol", applications[0].Name);
        else if (applications.Count > 1) WriteNames("protocol", applications.Select(a => a.Name).ToArray());
        json.WriteNumber("bytes", flow.Bytes);
        json.WriteNumber("packets", flow.Packets);
        Span<byte> communityId = stackalloc byte[CommunityId.Length];
        flow.WriteCommunityId(_communityIdSeed, communityId);
        json.WriteString(Names.CommunityId, communityId);
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

        foreach (var application in applications) application.WriteEcs(json);
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
        if (geo.CountryIsoCode is { } iso) json.WriteString("country_iso_code", iso);
        if (geo.CountryName is { } country) json.WriteString("country_name", country);
        if (geo.ContinentCode is { } continent) json.WriteString("continent_code", continent);
        if (geo.RegionName is { } region) json.WriteString("region_name", region);
        if (geo.CityName is { } city) json.WriteString("city_name", city);
        if (geo.Location is { } location) json.WriteString("location", location.ToString());
        json.WriteEndObject();
    }

    private void WriteAs(AutonomousSystem system)
    {
        var json = _json;
        json.WriteStartObject(Names.As);
        json.WriteNumber("number", system.Number);
        if (system.OrganizationName is { } organization)
        {
            json.WriteStartObject("organization");
            json.WriteString("name", organization);
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
        WriteMacVendor(Names.Source, flow.SourceEnrichment);
        WriteMacVendor(Names.Destination, flow.DestinationEnrichment);
        if (flow.Source.FragmentFrames + flow.Destination.FragmentFrames > 0)
        {
            json.WriteStartObject("fragments");
            json.WriteNumber("source", flow.Source.FragmentFrames);
            json.WriteNumber("destination", flow.Destination.FragmentFrames);
            json.WriteEndObject();
        }
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
                json.WriteStartObject(Names.Source);
                WriteAddress(Names.Ip, flow.OuterSource);
                json.WriteEndObject();
                json.WriteStartObject(Names.Destination);
                WriteAddress(Names.Ip, flow.OuterDestination);
                json.WriteEndObject();
            }
            if (flow.TunnelId != 0) json.WriteNumber("id", flow.TunnelId);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary><c>pcap.source.mac_vendor</c>: ECS has no field for the maker of a MAC address.</summary>
    private void WriteMacVendor(JsonEncodedText side, EndpointEnrichment? enrichment)
    {
        if (enrichment?.MacVendor is not { } vendor) return;
        _json.WriteStartObject(side);
        _json.WriteString("mac_vendor", vendor);
        _json.WriteEndObject();
    }

    private void WriteNames(string name, IReadOnlyList<string> values)
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

    public void Dispose()
    {
        _json.Dispose();
        _ids.Dispose();
    }

    /// <summary>Property names and constant values, encoded once.</summary>
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
