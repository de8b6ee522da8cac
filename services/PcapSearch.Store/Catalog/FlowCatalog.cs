namespace PcapSearch.Store.Catalog;

/// <summary>
/// The fields of the ECS flow document (<see cref="Flows.Documents.FlowDocumentWriter"/>) as the store
/// holds them: one column each, named by the dotted ECS name. Drives the schema and the KQL translation.
/// </summary>
public sealed class FlowCatalog
{
    private readonly Dictionary<string, FlowField> _byName;

    public FlowCatalog(IEnumerable<FlowField> fields)
    {
        Fields = fields.ToArray();
        _byName = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<FlowField> Fields { get; }

    public FlowField? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The field a facet's counts are summed from instead of counted (<c>top --by</c>): a single-valued number.</summary>
    public FlowField Weight(string name) =>
        Find(name) is { Type: FieldType.Long, Multi: false } field
            ? field
            : throw new FlowQueryException($"Cannot weigh facets by '{name}': the weight must be a single-valued number field such as source.bytes.");

    public static FlowCatalog Flows { get; } = new(
    [
        new("@timestamp", FieldType.Date),
        new("event.id", FieldType.Keyword),
        new("event.kind", FieldType.Keyword),
        new("event.category", FieldType.Keyword, Multi: true),
        new("event.type", FieldType.Keyword, Multi: true),
        new("event.start", FieldType.Date),
        new("event.end", FieldType.Date),
        new("event.duration", FieldType.Long),
        .. Endpoint("source"),
        .. Endpoint("destination"),
        new("network.transport", FieldType.Keyword),
        new("network.type", FieldType.Keyword),
        new("network.iana_number", FieldType.Keyword),
        new("network.protocol", FieldType.Keyword, Multi: true),
        new("network.bytes", FieldType.Long),
        new("network.packets", FieldType.Long),
        new("network.community_id", FieldType.Keyword),
        new("network.vlan.id", FieldType.Keyword),
        new("network.inner.vlan.id", FieldType.Keyword),
        new("dns.question.name", FieldType.Keyword, Multi: true),
        new("dns.question.type", FieldType.Keyword, Multi: true),
        new("dns.response_code", FieldType.Keyword, Multi: true),
        new("dns.answers.name", FieldType.Keyword, Multi: true),
        new("dns.answers.type", FieldType.Keyword, Multi: true),
        new("dns.answers.data", FieldType.Keyword, Multi: true),
        new("dns.answers.ttl", FieldType.Long, Multi: true),
        new("dns.resolved_ip", FieldType.Ip, Multi: true),
        new("http.request.method", FieldType.Keyword, Multi: true),
        new("http.response.status_code", FieldType.Long, Multi: true),
        new("http.version", FieldType.Keyword, Multi: true),
        new("url.original", FieldType.Text, Multi: true),
        new("url.domain", FieldType.Keyword, Multi: true),
        new("url.path", FieldType.Keyword, Multi: true),
        new("url.query", FieldType.Keyword, Multi: true),
        new("user_agent.original", FieldType.Text, Multi: true),
        new("ssh.client.version", FieldType.Keyword),
        new("ssh.client.hassh", FieldType.Keyword),
        new("ssh.client.hassh_algorithms", FieldType.Keyword),
        new("ssh.server.version", FieldType.Keyword),
        new("ssh.server.hassh", FieldType.Keyword),
        new("ssh.server.hassh_algorithms", FieldType.Keyword),
        new("tls.version", FieldType.Keyword),
        new("tls.version_protocol", FieldType.Keyword),
        new("tls.cipher", FieldType.Keyword),
        new("tls.client.server_name", FieldType.Keyword),
        new("tls.client.ja3", FieldType.Keyword),
        new("tls.client.ja3_string", FieldType.Keyword),
        new("tls.client.supported_ciphers", FieldType.Keyword, Multi: true),
        new("tls.server.ja3s", FieldType.Keyword),
        new("pcap.capture.id", FieldType.Keyword),
        new("pcap.capture.file", FieldType.Keyword),
        new("pcap.offset", FieldType.Long),
        new("pcap.end_reason", FieldType.Keyword),
        new("pcap.payload_bytes.source", FieldType.Long),
        new("pcap.payload_bytes.destination", FieldType.Long),
        new("pcap.fragments.source", FieldType.Long),
        new("pcap.fragments.destination", FieldType.Long),
        new("pcap.tcp_flags.source", FieldType.Keyword, Multi: true),
        new("pcap.tcp_flags.destination", FieldType.Keyword, Multi: true),
        new("pcap.icmp.type", FieldType.Long),
        new("pcap.icmp.code", FieldType.Long),
        new("pcap.tunnel.type", FieldType.Keyword, Multi: true),
        new("pcap.tunnel.source.ip", FieldType.Ip),
        new("pcap.tunnel.destination.ip", FieldType.Ip),
        new("pcap.tunnel.id", FieldType.Long),
        new("pcap.source.mac_vendor", FieldType.Keyword),
        new("pcap.destination.mac_vendor", FieldType.Keyword),
    ]);

    private static FlowField[] Endpoint(string side) =>
    [
        new(side + ".ip", FieldType.Ip),
        new(side + ".port", FieldType.Long),
        new(side + ".mac", FieldType.Keyword),
        new(side + ".bytes", FieldType.Long),
        new(side + ".packets", FieldType.Long),
        new(side + ".geo.country_iso_code", FieldType.Keyword),
        new(side + ".geo.country_name", FieldType.Keyword),
        new(side + ".geo.continent_code", FieldType.Keyword),
        new(side + ".geo.region_name", FieldType.Keyword),
        new(side + ".geo.city_name", FieldType.Keyword),
        new(side + ".geo.location", FieldType.GeoPoint),
        new(side + ".as.number", FieldType.Long),
        new(side + ".as.organization.name", FieldType.Keyword),
    ];
}
