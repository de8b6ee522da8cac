using BenchmarkDotNet.Attributes;
using PcapSearch.Capture;
using PcapSearch.Decoding;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows;
using PcapSearch.Flows.Engine;
using PcapSearch.Flows.Protocols;

namespace PcapSearch.Benchmarks;

/// <summary>The engine's stages, each cumulative over the previous one.</summary>
public enum Stage
{
    Read,
    ReadDecode,
    ReadDecodeFlowTable,
    ReadDecodeFlowTableProtocols,
    ReadDecodeFlowTableNdjson,
}

/// <summary>
/// The capture engine's hot path, stage by stage, over the whole in-memory capture per operation.
/// The Mean and Allocated columns are per operation (the whole capture, setup included); the
/// per-packet and per-flow columns (see <see cref="PerPacketColumns"/>) divide them by the capture's
/// packets and flows, and add an allocation census that separates steady-state packets from the
/// packets that start or end a flow.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[Config(typeof(PerPacketConfig))]
public class PipelineBenchmarks
{
    private Workload _workload = null!;

    /// <summary>Generates (once, cached in the temp dir) and loads the capture into memory.</summary>
    [GlobalSetup]
    public void Setup() => _workload = Workload.Shared;

    [Benchmark(Description = "Read")]
    public long Read() => Stages.Read(_workload);

    [Benchmark(Description = "Read+Decode")]
    public long ReadDecode() => Stages.ReadDecode(_workload);

    [Benchmark(Description = "Read+Decode+FlowTable")]
    public long ReadDecodeFlowTable() => Stages.ReadDecodeFlowTable(_workload);

    [Benchmark(Description = "Read+Decode+FlowTable+Protocols")]
    public long ReadDecodeFlowTableProtocols() => Stages.ReadDecodeFlowTableProtocols(_workload);

    [Benchmark(Description = "Read+Decode+FlowTable+Protocols+NDJSON")]
    public long ReadDecodeFlowTableNdjson() => Stages.ReadDecodeFlowTableNdjson(_workload);
}

/// <summary>The loops measured. The flow stages run the production loop, <see cref="CaptureEngine"/>.</summary>
public static class Stages
{
    private static readonly EngineOptions Options = new();

    /// <summary>The flow table alone: no application-protocol parsing (`flows --no-protocols`).</summary>
    public static readonly EngineOptions FlowsOnly = new() { Flows = FlowOptions.Default with { Protocols = ProtocolRegistry.None } };

    public static long Read(Workload workload)
    {
        using var reader = workload.Open();
        long bytes = 0;
        while (reader.TryRead(out var packet)) bytes += packet.Data.Length;
        return bytes;
    }

    public static long ReadDecode(Workload workload)
    {
        using var reader = workload.Open();
        var decoder = new PacketDecoder(Options.Decoder);
        long ip = 0;
        while (reader.TryRead(out var packet))
        {
            if (decoder.Decode(packet.LinkType, packet.Data, packet.OriginalLength, packet.TimestampNs, out var decoded) == DecodeOutcome.Ip)
                ip += decoded.Frames;
        }
        return ip;
    }

    public static long ReadDecodeFlowTable(Workload workload)
    {
        using var reader = workload.Open();
        return CaptureEngine.Run(reader, FlowsOnly, NullFlowSink.Instance).Flows;
    }

    public static long ReadDecodeFlowTableProtocols(Workload workload)
    {
        using var reader = workload.Open();
        return CaptureEngine.Run(reader, Options, NullFlowSink.Instance).Flows;
    }

    public static long ReadDecodeFlowTableNdjson(Workload workload)
    {
        using var reader = workload.Open();
        using var writer = new FlowDocumentWriter(Stream.Null, new CaptureSource(workload.CaptureId, "bench.pcap"));
        return CaptureEngine.Run(reader, Options, writer).Flows;
    }
}
