using PcapSearch.Capture;
using PcapSearch.Decoding;

namespace PcapSearch.Flows.Engine;

/// <summary>What reading one capture found, beyond its flows: nothing read is dropped without a count here.</summary>
public sealed class CaptureStatistics
{
    public string Format { get; internal set; } = "";
    public long Packets { get; internal set; }
    public long Bytes { get; internal set; }
    /// <summary>Packets the capture filter rejected.</summary>
    public long FilteredOut { get; internal set; }
    /// <summary>IP packets accounted to flows (a reassembled datagram counts once per fragment).</summary>
    public long IpPackets { get; internal set; }
    public long NonIpPackets { get; internal set; }
    public long FragmentsHeld { get; internal set; }
    public long MalformedPackets { get; internal set; }
    public long Flows { get; internal set; }
    public long BytesRead { get; internal set; }
    public long FirstNs { get; internal set; } = long.MaxValue;
    public long LastNs { get; internal set; } = long.MinValue;
    public Dictionary<LinkType, long> PacketsByLinkType { get; } = new();
    /// <summary>Packets of link types the decoder does not know, by link type.</summary>
    public Dictionary<LinkType, long> UnsupportedLinkTypes { get; } = new();
    public Dictionary<ushort, long> NonIpByEtherType { get; } = new();
    public Dictionary<DecodeAnomaly, long> Anomalies { get; } = new();
    public IReadOnlyList<CaptureWarning> Warnings { get; internal set; } = [];
    public int WarningCount { get; internal set; }

    internal static void Count<TKey>(Dictionary<TKey, long> counts, TKey key) where TKey : notnull =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
}
