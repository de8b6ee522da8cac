using System.Text;
using System.Text.Json;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Cli.Verbs;

/// <summary>A capture's statistics as one line of JSON.</summary>
public static class StatisticsJson
{
    public static string Format(string name, CaptureStatistics s)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("capture", name);
            json.WriteString("format", s.Format);
            json.WriteNumber("packets", s.Packets);
            json.WriteNumber("bytes", s.Bytes);
            json.WriteNumber("filtered_out", s.FilteredOut);
            json.WriteNumber("ip_packets", s.IpPackets);
            json.WriteNumber("non_ip_packets", s.NonIpPackets);
            json.WriteNumber("fragments_held", s.FragmentsHeld);
            json.WriteNumber("malformed_packets", s.MalformedPackets);
            json.WriteNumber("flows", s.Flows);
            json.WriteNumber("warnings", s.WarningCount);
            Counts(json, "packets_by_link_type", s.PacketsByLinkType.Select(p => (((int)p.Key).ToString(), p.Value)));
            Counts(json, "unsupported_link_types", s.UnsupportedLinkTypes.Select(p => (((int)p.Key).ToString(), p.Value)));
            Counts(json, "non_ip_by_ethertype", s.NonIpByEtherType.Select(p => ("0x" + p.Key.ToString("x4"), p.Value)));
            Counts(json, "anomalies", s.Anomalies.Select(p => (p.Key.ToString(), p.Value)));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Counts(Utf8JsonWriter json, string name, IEnumerable<(string Key, long Count)> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts) json.WriteNumber(key, count);
        json.WriteEndObject();
    }
}
