using PcapSearch.Decoding;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Benchmarks;

/// <summary>
/// Where a stage allocates, packet by packet: the same loop as the engine's, with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> read around every packet. A packet is
/// "steady" when the flow table neither opened nor emitted a flow while accounting it; the claim
/// under test is that steady packets allocate nothing, and that a flow costs a bounded number of
/// bytes (its Flow object, the table's growth, and in the NDJSON stage its document's strings).
/// </summary>
public sealed record AllocationCensus(
    long SetupBytes,
    long SteadyPackets,
    long SteadyBytes,
    long SteadyAllocatingPackets,
    long FlowEventPackets,
    long FlowEventBytes,
    long FlushBytes,
    long Flows,
    long MedianFlowEventBytes,
    IReadOnlyList<string> SteadyAllocations)
{
    private static readonly Dictionary<Stage, AllocationCensus> Cache = new();

    public double SteadyBytesPerPacket => SteadyPackets == 0 ? 0 : (double)SteadyBytes / SteadyPackets;
    public double BytesPerFlow => Flows == 0 ? double.NaN : (double)(FlowEventBytes + FlushBytes) / Flows;

    public static AllocationCensus Of(Stage stage)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(stage, out var census)) return census;
            // The last of a few passes, so that callees run as tiered-up (optimised) code.
            for (int pass = 0; pass < 3; pass++) census = Take(Workload.Shared, stage);
            Cache[stage] = census!;
            return census!;
        }
    }

    /// <summary>`-- census`: prints every stage's census, with the first steady packets that allocated.</summary>
    public static void Print(TextWriter output)
    {
        var w = Workload.Shared;
        output.WriteLine($"capture {w.Path}: {w.Bytes.Length} bytes, {w.Packets} packets, {w.FlowCount} flows");
        foreach (var stage in Enum.GetValues<Stage>())
        {
            var c = Of(stage);
            output.WriteLine($"{stage}: setup {c.SetupBytes} B; steady {c.SteadyPackets} packets, {c.SteadyBytes} B ({c.SteadyAllocatingPackets} allocating); "
                + $"flow events {c.FlowEventPackets} packets, {c.FlowEventBytes} B; flush {c.FlushBytes} B; {c.Flows} flows, {c.BytesPerFlow:F0} B/flow (median flow-event packet {c.MedianFlowEventBytes} B)");
            foreach (string line in c.SteadyAllocations) output.WriteLine("  steady allocation: " + line);
        }
    }

    private static AllocationCensus Take(Workload workload, Stage stage)
    {
        // Bytes of each flow-opening/-emitting packet; allocated before counting starts.
        var eventSizes = new long[workload.Packets];
        long start = GC.GetAllocatedBytesForCurrentThread();
        using var reader = workload.Open();
        var decoder = stage >= Stage.ReadDecode ? new PacketDecoder(new EngineOptions().Decoder) : null;
        using var writer = stage == Stage.ReadDecodeFlowTableNdjson
            ? new FlowDocumentWriter(Stream.Null, new CaptureSource(workload.CaptureId, "bench.pcap"))
            : null;
        var flowOptions = stage >= Stage.ReadDecodeFlowTableProtocols ? FlowOptions.Default : Stages.FlowsOnly.Flows;
        var table = stage >= Stage.ReadDecodeFlowTable ? new FlowTable(flowOptions, writer ?? (IFlowSink)NullFlowSink.Instance) : null;
        long setup = GC.GetAllocatedBytesForCurrentThread() - start;

        long steadyPackets = 0, steadyBytes = 0, steadyAllocating = 0, eventPackets = 0, eventBytes = 0, index = 0;
        var steadyAllocations = new List<string>(16);
        long before = GC.GetAllocatedBytesForCurrentThread();
        while (reader.TryRead(out var packet))
        {
            int open = table?.OpenFlows ?? 0;
            long emitted = table?.FlowsEmitted ?? 0;
            if (decoder != null
                && decoder.Decode(packet.LinkType, packet.Data, packet.OriginalLength, packet.TimestampNs, out var decoded) == DecodeOutcome.Ip)
            {
                table?.Add(decoded, packet.TimestampNs, packet.TimestampDigits, packet.FileOffset);
            }
            index++;
            long after = GC.GetAllocatedBytesForCurrentThread();
            long bytes = after - before;
            before = after;
            if (table != null && (table.OpenFlows != open || table.FlowsEmitted != emitted))
            {
                eventSizes[eventPackets++] = bytes;
                eventBytes += bytes;
            }
            else
            {
                steadyPackets++;
                steadyBytes += bytes;
                if (bytes != 0 && ++steadyAllocating <= steadyAllocations.Capacity)
                {
                    steadyAllocations.Add($"packet {index} at offset {packet.FileOffset}: {bytes} B");
                    before = GC.GetAllocatedBytesForCurrentThread(); // the note itself is not the next packet's
                }
            }
        }
        long flushStart = GC.GetAllocatedBytesForCurrentThread();
        table?.Flush();
        long flush = GC.GetAllocatedBytesForCurrentThread() - flushStart;
        return new AllocationCensus(setup, steadyPackets, steadyBytes, steadyAllocating, eventPackets, eventBytes, flush, table?.FlowsEmitted ?? 0, Median(eventSizes.AsSpan(0, (int)eventPackets)), steadyAllocations);
    }

    private static long Median(Span<long> values)
    {
        if (values.IsEmpty) return 0;
        values.Sort();
        return values[values.Length / 2];
    }
}
