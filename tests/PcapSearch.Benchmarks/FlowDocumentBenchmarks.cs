using BenchmarkDotNet.Attributes;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;

namespace PcapSearch.Benchmarks;

/// <summary>
/// The per-flow cost of the NDJSON output, over every flow of the capture per operation (the flows
/// are collected once): the whole document, and its two hashes alone (the document id, SHA-256; the
/// Community ID, SHA-1). The ns/flow and B/flow columns divide by the capture's flows.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[Config(typeof(PerFlowConfig))]
public class FlowDocumentBenchmarks
{
    private Flow[] _flows = [];
    private string _captureId = "";

    [GlobalSetup]
    public void Setup()
    {
        var workload = Workload.Shared;
        var collector = new CollectingSink();
        CaptureEngine.Run(workload.Open(), new EngineOptions(), collector);
        _flows = [.. collector.Flows];
        _captureId = workload.CaptureId;
    }

    [Benchmark(Description = "NDJSON document")]
    public void Document()
    {
        using var writer = new FlowDocumentWriter(Stream.Null, new CaptureSource(_captureId, "bench.pcap"));
        foreach (var flow in _flows) writer.Write(flow);
    }

    [Benchmark(Description = "event.id (FlowId, SHA-256)")]
    public int DocumentId()
    {
        var ids = new FlowId(_captureId);
        Span<byte> id = stackalloc byte[FlowId.Length];
        int sum = 0;
        foreach (var flow in _flows)
        {
            ids.Write(flow, id);
            sum += id[0];
        }
        return sum;
    }

    [Benchmark(Description = "community_id (SHA-1)")]
    public int CommunityId()
    {
        Span<byte> communityId = stackalloc byte[PcapSearch.Flows.CommunityId.Length];
        int length = 0;
        foreach (var flow in _flows)
        {
            flow.WriteCommunityId(0, communityId);
            length += communityId[2];
        }
        return length;
    }

    private sealed class CollectingSink : IFlowSink
    {
        public readonly List<Flow> Flows = [];
        public void Write(Flow flow) => Flows.Add(flow);
    }
}
