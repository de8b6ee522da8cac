using System.Globalization;
using PcapSearch.Decoding;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Enrichment;
using PcapSearch.Store.Catalog;

namespace PcapSearch.Store.Documents;

/// <summary>
/// A flow's document fields written straight into <see cref="DocumentRows"/>, without writing and re-reading the
/// JSON document: the values <see cref="FlowDocumentWriter"/> (the definition of the document's shape) writes, field
/// by field, as the store reads them (dates in nanoseconds at the capture's precision, addresses as text and number).
/// The application protocols write their fields through <see cref="RowEcsWriter"/>. A test checks every corpus flow's stored row
/// against its flattened JSON document. One writer per capture and thread.
/// </summary>
internal sealed class FlowRowWriter
{
    private const int MaxCachedTexts = 16_384;

    /// <summary>What every flow document's <c>event.kind</c>, <c>event.category</c> and <c>event.type</c> hold.</summary>
    public const string EventKind = "event", EventCategory = "network", EventType = "connection";
    private static readonly string[] Transports = [.. Enumerable.Range(0, 256).Select(p => EcsValues.Transport((byte)p))];
    private static readonly string[] IanaNumbers = [.. Enumerable.Range(0, 256).Select(p => p.ToString(CultureInfo.InvariantCulture))];

    private readonly CaptureSource _capture;
    private readonly RowEcsWriter _applicationFields;
    private readonly Fields _f;
    private readonly Dictionary<IpAddress, string> _addressTexts = [];
    private readonly Dictionary<ulong, string> _macs = [];
    private readonly Dictionary<ushort, string> _vlans = [];

    public FlowRowWriter(FlowCatalog catalog, RowEcsWriter applicationFields, CaptureSource capture)
    {
        _capture = capture;
        _applicationFields = applicationFields;
        _f = new Fields(catalog);
    }

    /// <summary>Adds the flow's row; <paramref name="id"/> is its <c>event.id</c> (<see cref="FlowId"/> of this capture).</summary>
    public void Write(Flow flow, string id, DocumentRows rows)
    {
        var f = _f;
        int digits = flow.TimestampDigits;
        rows.Add(f.Timestamp, AtPrecision(flow.FirstNs, digits));
        rows.Add(f.Id, id);
        rows.Add(f.Kind, EventKind);
        rows.Add(f.Category, EventCategory);
        rows.Add(f.Type, EventType);
        rows.Add(f.Start, AtPrecision(flow.FirstNs, digits));
        rows.Add(f.End, AtPrecision(flow.LastNs, digits));
        rows.Add(f.Duration, flow.DurationNs);
        Endpoint(rows, f.Source, flow.SourceIp, flow.SourcePort, flow, flow.Source, flow.SourceEnrichment);
        Endpoint(rows, f.Destination, flow.DestinationIp, flow.DestinationPort, flow, flow.Destination, flow.DestinationEnrichment);

        rows.Add(f.Transport, Transports[flow.Protocol]);
        rows.Add(f.NetworkType, EcsValues.NetworkType(flow.IsIpv6));
        rows.Add(f.IanaNumber, IanaNumbers[flow.Protocol]);
        var applications = flow.Applications;
        foreach (var application in applications) rows.Add(f.Protocol, application.Name);
        rows.Add(f.Bytes, flow.Bytes);
        rows.Add(f.Packets, flow.Packets);
        rows.Add(f.CommunityId, flow.CommunityId(0));
        if (flow.HasVlan) rows.Add(f.Vlan, Cached(_vlans, flow.Vlan, v => v.ToString(CultureInfo.InvariantCulture)));
        if (flow.HasInnerVlan) rows.Add(f.InnerVlan, Cached(_vlans, flow.InnerVlan, v => v.ToString(CultureInfo.InvariantCulture)));

        if (applications.Count > 0) Applications(applications, rows);
        Pcap(flow, rows);
        rows.EndRow(flow.TimestampDigits);
    }

    private void Endpoint(DocumentRows rows, EndpointFields f, IpAddress ip, ushort port, Flow flow, in FlowDirection sent, EndpointEnrichment? enrichment)
    {
        Address(rows, f.Ip, ip);
        if (flow.HasPorts) rows.Add(f.Port, port);
        if (sent.HasMac) rows.Add(f.Mac, Cached(_macs, sent.Mac, EcsValues.Mac));
        rows.Add(f.Bytes, sent.Bytes);
        rows.Add(f.Packets, sent.Packets);
        if (enrichment is null) return;
        if (enrichment.Geo is { } geo)
        {
            AddKnown(rows, f.CountryIsoCode, geo.CountryIsoCode);
            AddKnown(rows, f.CountryName, geo.CountryName);
            AddKnown(rows, f.ContinentCode, geo.ContinentCode);
            AddKnown(rows, f.RegionName, geo.RegionName);
            AddKnown(rows, f.CityName, geo.CityName);
            if (geo.Location is { } location) rows.Add(f.Location, location.ToString());
        }
        if (enrichment.As is { } system)
        {
            rows.Add(f.AsNumber, system.Number);
            AddKnown(rows, f.AsOrganization, system.OrganizationName);
        }
        AddKnown(rows, f.MacVendor, enrichment.MacVendor);
    }

    private static void AddKnown(DocumentRows rows, int field, string? text)
    {
        if (text is not null) rows.Add(field, text);
    }

    private void Address(DocumentRows rows, int field, IpAddress ip) =>
        rows.Add(field, Cached(_addressTexts, ip, a => a.ToString()), new UInt128(ip.High, ip.Low));

    /// <summary>The application protocols' fields, in the order the document has them.</summary>
    private void Applications(IReadOnlyList<Flows.Protocols.ProtocolParser> applications, DocumentRows rows)
    {
        _applicationFields.Begin(rows);
        foreach (var application in applications) application.WriteEcs(_applicationFields);
    }

    private void Pcap(Flow flow, DocumentRows rows)
    {
        var f = _f;
        rows.Add(f.CaptureId, _capture.Id);
        rows.Add(f.CaptureFile, _capture.FileName);
        rows.Add(f.Offset, flow.FirstOffset);
        rows.Add(f.EndReason, EcsValues.EndReason(flow.EndReason));
        rows.Add(f.PayloadSource, flow.Source.PayloadBytes);
        rows.Add(f.PayloadDestination, flow.Destination.PayloadBytes);
        if (flow.Source.FragmentFrames + flow.Destination.FragmentFrames > 0)
        {
            rows.Add(f.FragmentsSource, flow.Source.FragmentFrames);
            rows.Add(f.FragmentsDestination, flow.Destination.FragmentFrames);
        }
        if (flow.Protocol == IpProtocol.Tcp)
        {
            foreach (string flag in EcsValues.TcpFlagNames(flow.Source.TcpFlags)) rows.Add(f.FlagsSource, flag);
            foreach (string flag in EcsValues.TcpFlagNames(flow.Destination.TcpFlags)) rows.Add(f.FlagsDestination, flag);
        }
        if (flow.IsIcmp)
        {
            rows.Add(f.IcmpType, flow.IcmpType);
            rows.Add(f.IcmpCode, flow.IcmpCode);
        }
        var tunnels = flow.Encapsulations & ~(Encapsulations.Vlan | Encapsulations.QinQ);
        if (tunnels == Encapsulations.None) return;
        foreach (string name in EcsValues.EncapsulationNames(tunnels)) rows.Add(f.TunnelType, name);
        if (flow.HasOuterIp)
        {
            Address(rows, f.TunnelSource, flow.OuterSource);
            Address(rows, f.TunnelDestination, flow.OuterDestination);
        }
        if (flow.TunnelId != 0) rows.Add(f.TunnelId, flow.TunnelId);
    }

    /// <summary>The nanoseconds the document's ISO timestamp holds: cut to the capture's fraction digits, as it is written.</summary>
    private static long AtPrecision(long ns, int digits)
    {
        if (digits >= 9) return ns;
        long unit = 1;
        for (int i = digits; i < 9; i++) unit *= 10;
        return ns - (((ns % unit) + unit) % unit);
    }

    private static string Cached<TKey>(Dictionary<TKey, string> cache, TKey key, Func<TKey, string> text) where TKey : notnull
    {
        if (cache.TryGetValue(key, out var cached)) return cached;
        string value = text(key);
        if (cache.Count < MaxCachedTexts) cache[key] = value;
        return value;
    }

    /// <summary>The catalog indexes of the fields written here (a field missing from the catalog fails at construction).</summary>
    private sealed class Fields
    {
        public readonly int Timestamp, Id, Kind, Category, Type, Start, End, Duration;
        public readonly EndpointFields Source, Destination;
        public readonly int Transport, NetworkType, IanaNumber, Protocol, Bytes, Packets, CommunityId, Vlan, InnerVlan;
        public readonly int CaptureId, CaptureFile, Offset, EndReason, PayloadSource, PayloadDestination, FragmentsSource, FragmentsDestination;
        public readonly int FlagsSource, FlagsDestination, IcmpType, IcmpCode, TunnelType, TunnelSource, TunnelDestination, TunnelId;

        public Fields(FlowCatalog catalog)
        {
            var index = catalog.Fields.Select((field, i) => (field.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
            int Of(string name) => index.TryGetValue(name, out int i) ? i : throw new InvalidOperationException($"The catalog lacks the document field '{name}'.");
            (Timestamp, Id, Kind, Category, Type) = (Of("@timestamp"), Of("event.id"), Of("event.kind"), Of("event.category"), Of("event.type"));
            (Start, End, Duration) = (Of("event.start"), Of("event.end"), Of("event.duration"));
            EndpointFields Endpoint(string side) => new(
                Of(side + ".ip"), Of(side + ".port"), Of(side + ".mac"), Of(side + ".bytes"), Of(side + ".packets"),
                Of(side + ".geo.country_iso_code"), Of(side + ".geo.country_name"), Of(side + ".geo.continent_code"),
                Of(side + ".geo.region_name"), Of(side + ".geo.city_name"), Of(side + ".geo.location"),
                Of(side + ".as.number"), Of(side + ".as.organization.name"), Of("pcap." + side + ".mac_vendor"));
            (Source, Destination) = (Endpoint("source"), Endpoint("destination"));
            (Transport, NetworkType, IanaNumber, Protocol) = (Of("network.transport"), Of("network.type"), Of("network.iana_number"), Of("network.protocol"));
            (Bytes, Packets, CommunityId, Vlan, InnerVlan) = (Of("network.bytes"), Of("network.packets"), Of("network.community_id"), Of("network.vlan.id"), Of("network.inner.vlan.id"));
            (CaptureId, CaptureFile, Offset, EndReason) = (Of("pcap.capture.id"), Of("pcap.capture.file"), Of("pcap.offset"), Of("pcap.end_reason"));
            (PayloadSource, PayloadDestination) = (Of("pcap.payload_bytes.source"), Of("pcap.payload_bytes.destination"));
            (FragmentsSource, FragmentsDestination) = (Of("pcap.fragments.source"), Of("pcap.fragments.destination"));
            (FlagsSource, FlagsDestination, IcmpType, IcmpCode) = (Of("pcap.tcp_flags.source"), Of("pcap.tcp_flags.destination"), Of("pcap.icmp.type"), Of("pcap.icmp.code"));
            (TunnelType, TunnelSource, TunnelDestination, TunnelId) = (Of("pcap.tunnel.type"), Of("pcap.tunnel.source.ip"), Of("pcap.tunnel.destination.ip"), Of("pcap.tunnel.id"));
        }
    }

    private sealed record EndpointFields(
        int Ip, int Port, int Mac, int Bytes, int Packets,
        int CountryIsoCode, int CountryName, int ContinentCode, int RegionName, int CityName, int Location,
        int AsNumber, int AsOrganization, int MacVendor);
}
