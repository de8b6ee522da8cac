using System.Text.Json;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Cli.Verbs;

/// <summary>A capture's statistics as one line of JSON.</summary>
public static class StatisticsJson
{
    public static string Format(string name, CaptureStatistics s) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["capture"] = name,
        ["format"] = s.Format,
        ["packets"] = s.Packets,
        ["bytes"] = s.Bytes,
        ["filtered_out"] = s.FilteredOut,
        ["ip_packets"] = s.IpPackets,
        ["non_ip_packets"] = s.NonIpPackets,
        ["fragments_held"] = s.FragmentsHeld,
        ["malformed_packets"] = s.MalformedPackets,
        ["flows"] = s.Flows,
        ["warnings"] = s.WarningCount,
        ["packets_by_link_type"] = s.PacketsByLinkType.ToDictionary(p => ((int)p.Key).ToString(), p => p.Value),
        ["unsupported_link_types"] = s.UnsupportedLinkTypes.ToDictionary(p => ((int)p.Key).ToString(), p => p.Value),
        ["non_ip_by_ethertype"] = s.NonIpByEtherType.ToDictionary(p => "0x" + p.Key.ToString("x4"), p => p.Value),
        ["anomalies"] = s.Anomalies.ToDictionary(p => p.Key.ToString(), p => p.Value),
    });
}
