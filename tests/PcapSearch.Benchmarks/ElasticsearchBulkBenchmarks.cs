using BenchmarkDotNet.Attributes;
using PcapSearch.Flows;
using PcapSearch.Flows.Documents;
using PcapSearch.Flows.Engine;
using PcapSearch.Store.Elasticsearch;
using PcapSearch.Store.Elasticsearch.Requests;

namespace PcapSearch.Benchmarks;

/// <summary>
/// The client-side cost of an Elasticsearch write, over every flow of the capture per operation: the _bulk bodies
/// (action line with the month index and event.id, then the document) in 5 MB batches, against the bare NDJSON
/// documents. The network and the cluster are not in it (no server runs here).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[Config(typeof(PerFlowConfig))]
public class ElasticsearchBulkBenchmarks
{
    private Flow[] _flows = [];
    private CaptureSource _capture = new("", "");
    private readonly IndexNames _names = new("pcapsearch");

    [GlobalSetup]
    public void Setup()
    {
        var workload = Workload.Shared;
        var collector = new Collector();
        CaptureEngine.Run(workload.Open(), new EngineOptions(), collector);
        _flows = [.. collector.Flows];
        _capture = new CaptureSource(workload.CaptureId, "bench.pcap");
    }

    [Benchmark(Baseline = true, Description = "NDJSON documents")]
    public void Documents()
    {
        using var writer = new FlowDocumentWriter(Stream.Null, _capture);
        foreach (var flow in _flows) writer.Write(flow);
    }

    [Benchmark(Description = "_bulk bodies (5 MB batches)")]
    public long BulkBodies()
    {
        long bytes = 0;
        foreach (var batch in FlowBatches.Build(_capture, _flows, _names, 5 << 20)) bytes += batch.Bytes;
        return bytes;
    }

    private sealed class Collector : IFlowSink
    {
        public readonly List<Flow> Flows = [];
        public void Write(Flow flow) => Flows.Add(flow);
    }
}
