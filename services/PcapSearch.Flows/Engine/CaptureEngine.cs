using PcapSearch.Capture;
using PcapSearch.Decoding;

namespace PcapSearch.Flows.Engine;

/// <summary>
/// The capture engine: reads a capture, filters, decodes and tracks flows, handing each ended
/// flow to the sink. One capture at a time per instance of the loop; it allocates nothing per
/// packet in steady state.
/// </summary>
public static class CaptureEngine
{
    /// <summary>Packets between two calls of the progress hook: cheap enough to ignore, often enough for a progress bar.</summary>
    public const int ProgressEveryPackets = 4096;

    /// <exception cref="CaptureRefusedException">The file is not a capture.</exception>
    public static CaptureStatistics Run(string path, EngineOptions options, IFlowSink sink, CancellationToken cancellation = default)
    {
        using var reader = CaptureReader.Open(path, options.Reader);
        return Run(reader, options, sink, cancellation);
    }

    /// <param name="progress">Called on the reading thread every <see cref="ProgressEveryPackets"/> packets and once after the last flow.</param>
    public static CaptureStatistics Run(CaptureReader reader, EngineOptions options, IFlowSink sink, CancellationToken cancellation = default, Action<EngineProgress>? progress = null)
    {
        using var filter = options.Filter is { Length: > 0 } expression ? PacketFilter.Compile(expression) : null;
        var decoder = new PacketDecoder(options.Decoder);
        var table = new FlowTable(options.Flows, sink, FlowTable.ExpectedOpenFlows(reader.InputLength));
        var stats = new CaptureStatistics { Format = reader.FormatDescription };
        var packetsByLinkType = new long[ushort.MaxValue + 1];
        var outcomes = new long[Enum.GetValues<DecodeOutcome>().Length];
        long packets = 0, bytes = 0, filteredOut = 0, firstNs = long.MaxValue, lastNs = long.MinValue;

        while (reader.TryRead(out var packet))
        {
            if ((++packets & 0xFFFF) == 0) cancellation.ThrowIfCancellationRequested();
            if (progress != null && packets % ProgressEveryPackets == 0) progress(new EngineProgress(packets, reader.Position, table.FlowsEmitted));
            bytes += packet.OriginalLength;
            packetsByLinkType[(ushort)packet.LinkType]++;
            if (packet.TimestampNs < firstNs) firstNs = packet.TimestampNs;
            if (packet.TimestampNs > lastNs) lastNs = packet.TimestampNs;
            if (filter != null && !filter.Matches(packet))
            {
                filteredOut++;
                continue;
            }

            var outcome = decoder.Decode(packet.LinkType, packet.Data, packet.OriginalLength, packet.TimestampNs, out var decoded);
            outcomes[(int)outcome]++;
            switch (outcome)
            {
                case DecodeOutcome.Ip:
                    table.Add(decoded, packet.TimestampNs, packet.TimestampDigits, packet.FileOffset);
                    stats.IpPackets += decoded.Frames;
                    break;
                case DecodeOutcome.NotIp:
                    CaptureStatistics.Count(stats.NonIpByEtherType, decoded.EtherType);
                    break;
                case DecodeOutcome.UnsupportedLinkType:
                    CaptureStatistics.Count(stats.UnsupportedLinkTypes, packet.LinkType);
                    break;
            }
            if (decoded.Anomaly != DecodeAnomaly.None) CaptureStatistics.Count(stats.Anomalies, decoded.Anomaly);
        }
        table.Flush();
        progress?.Invoke(new EngineProgress(packets, reader.Position, table.FlowsEmitted));

        stats.Packets = packets;
        stats.Bytes = bytes;
        stats.FilteredOut = filteredOut;
        stats.NonIpPackets = outcomes[(int)DecodeOutcome.NotIp];
        stats.FragmentsHeld = outcomes[(int)DecodeOutcome.FragmentHeld];
        stats.MalformedPackets = outcomes[(int)DecodeOutcome.Malformed];
        stats.Flows = table.FlowsEmitted;
        stats.BytesRead = reader.Position;
        stats.FirstNs = firstNs;
        stats.LastNs = lastNs;
        stats.Warnings = reader.Warnings;
        stats.WarningCount = reader.WarningCount;
        for (int linkType = 0; linkType < packetsByLinkType.Length; linkType++)
        {
            if (packetsByLinkType[linkType] != 0) stats.PacketsByLinkType[(LinkType)linkType] = packetsByLinkType[linkType];
        }
        return stats;
    }
}
