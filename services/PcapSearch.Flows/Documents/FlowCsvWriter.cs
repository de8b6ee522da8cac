using System.Globalization;
using System.Text;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Flows.Documents;

/// <summary>
/// One flow per CSV row (RFC 4180), the flat ECS fields analysts sort and pivot on. The caller
/// writes <see cref="Header"/> once before the rows of all captures.
/// </summary>
public sealed class FlowCsvWriter : IFlowSink, IDisposable
{
    public static readonly string[] Columns =
    [
        "event.id", "event.start", "event.end", "event.duration", "network.transport", "network.type", "network.protocol",
        "source.ip", "source.port", "destination.ip", "destination.port", "source.packets", "destination.packets",
        "source.bytes", "destination.bytes", "network.community_id", "network.vlan.id", "pcap.offset", "pcap.capture.file",
        "source.geo.country_iso_code", "source.as.number", "source.as.organization.name",
        "destination.geo.country_iso_code", "destination.as.number", "destination.as.organization.name",
    ];

    public static string Header => string.Join(',', Columns) + "\r\n";

    private readonly TextWriter _output;
    private readonly CaptureSource _capture;
    private readonly FlowId _ids;
    private readonly ushort _communityIdSeed;
    private readonly string[] _row = new string[Columns.Length];

    public FlowCsvWriter(Stream output, CaptureSource capture, ushort communityIdSeed = 0)
    {
        _output = new StreamWriter(output, new UTF8Encoding(false), 1 << 16) { NewLine = "\r\n" };
        _capture = capture;
        _ids = new FlowId(capture.Id);
        _communityIdSeed = communityIdSeed;
    }

    public void Write(Flow flow)
    {
        var inv = CultureInfo.InvariantCulture;
        _row[0] = _ids.Compute(flow);
        _row[1] = EcsValues.FormatTimestamp(flow.FirstNs, flow.TimestampDigits);
        _row[2] = EcsValues.FormatTimestamp(flow.LastNs, flow.TimestampDigits);
        _row[3] = flow.DurationNs.ToString(inv);
        _row[4] = EcsValues.Transport(flow.Protocol);
        _row[5] = EcsValues.NetworkType(flow.IsIpv6);
        _row[6] = string.Join(';', flow.Applications.Select(a => a.Name));
        _row[7] = flow.SourceIp.ToString();
        _row[8] = flow.HasPorts ? flow.SourcePort.ToString(inv) : "";
        _row[9] = flow.DestinationIp.ToString();
        _row[10] = flow.HasPorts ? flow.DestinationPort.ToString(inv) : "";
        _row[11] = flow.Source.Packets.ToString(inv);
        _row[12] = flow.Destination.Packets.ToString(inv);
        _row[13] = flow.Source.Bytes.ToString(inv);
        _row[14] = flow.Destination.Bytes.ToString(inv);
        _row[15] = flow.CommunityId(_communityIdSeed);
        _row[16] = flow.HasVlan ? flow.Vlan.ToString(inv) : "";
        _row[17] = flow.FirstOffset.ToString(inv);
        _row[18] = _capture.FileName;
        Enrichment(flow.SourceEnrichment, 19);
        Enrichment(flow.DestinationEnrichment, 22);
        for (int i = 0; i < _row.Length; i++)
        {
            if (i > 0) _output.Write(',');
            WriteField(_row[i]);
        }
        _output.WriteLine();
    }

    /// <summary>Country, AS number and AS organization of one endpoint from <paramref name="column"/> on; empty when not known.</summary>
    private void Enrichment(Enrichment.EndpointEnrichment? enrichment, int column)
    {
        _row[column] = enrichment?.Geo?.CountryIsoCode ?? "";
        _row[column + 1] = enrichment?.As?.Number.ToString(CultureInfo.InvariantCulture) ?? "";
        _row[column + 2] = enrichment?.As?.OrganizationName ?? "";
    }

    private void WriteField(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _output.Write(value);
            return;
        }
        _output.Write('"');
        _output.Write(value.Replace("\"", "\"\""));
        _output.Write('"');
    }

    public void Flush() => _output.Flush();

    public void Dispose() => _output.Flush();
}
