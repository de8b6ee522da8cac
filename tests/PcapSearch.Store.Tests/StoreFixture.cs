using PcapSearch.Flows;
using PcapSearch.Flows.Engine;
using PcapSearch.Store.DuckDb;
using PcapSearch.Testing;

namespace PcapSearch.Store.Tests;

/// <summary>Flows from the real engine over corpus captures, in a real DuckDB file in a temp directory.</summary>
public sealed class StoreFixture : IDisposable
{
    public static readonly string[] Captures = ["arkime/dns-tcp.pcap", "arkime/http-simple-get.pcap", "arkime/https-connect.pcap", "arkime/v6-http.pcap"];

    public StoreFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "pcapsearch-store-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Store = new DuckDbFlowStore(Path.Combine(Directory, "flows.duckdb"), new BulkOptions { BatchSize = 3 });
        foreach (var capture in Captures)
        {
            var flows = FlowsOf(capture);
            FlowsByCapture[capture] = flows;
            Store.UpsertFlows(Source(capture), flows);
        }
    }

    public string Directory { get; }
    public DuckDbFlowStore Store { get; }
    public Dictionary<string, List<Flow>> FlowsByCapture { get; } = [];
    public int FlowCount => FlowsByCapture.Values.Sum(f => f.Count);

    public static CaptureSource Source(string capture) => new("id-" + Path.GetFileNameWithoutExtension(capture), Path.GetFileName(capture));

    public static List<Flow> FlowsOf(string capture)
    {
        var sink = new Collect();
        CaptureEngine.Run(TestCorpus.PathOf(capture), new EngineOptions(), TestEnrichment.Enricher.Wrap(sink));
        return sink.Flows;
    }

    public void Dispose()
    {
        Store.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }

    private sealed class Collect : IFlowSink
    {
        public List<Flow> Flows { get; } = [];
        public void Write(Flow flow) => Flows.Add(flow);
    }
}
