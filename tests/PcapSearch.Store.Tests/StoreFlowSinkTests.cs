using PcapSearch.Flows;
using PcapSearch.Flows.Engine;
using PcapSearch.Store.DuckDb;

namespace PcapSearch.Store.Tests;

/// <summary>The sink writes a batch on another thread while the next fills: every flow must arrive once, and a failed write must surface.</summary>
public sealed class StoreFlowSinkTests(StoreFixture fixture) : IClassFixture<StoreFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pcapsearch-sink-").FullName;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1_000)]
    public void Every_flow_is_written_once_whatever_the_batch_size(int batchSize)
    {
        var flows = fixture.FlowsByCapture.Values.SelectMany(f => f).ToList();
        var capture = new CaptureSource("id-sink", "sink.pcap");
        using var store = new DuckDbFlowStore(Path.Combine(_directory, "flows.duckdb"), new BulkOptions { BatchSize = 3 });
        var written = new List<long>();
        using (var sink = new StoreFlowSink(store, capture, batchSize))
        {
            foreach (var flow in flows)
            {
                sink.Write(flow);
                written.Add(sink.Written);
            }
            sink.Complete();
            Assert.Equal(flows.Count, sink.Written);
        }
        Assert.True(written.SequenceEqual(written.Order()), "Written never goes down");
        Assert.All(written, count => Assert.Equal(0, count % Math.Min(batchSize, flows.Count)));
        var stored = store.Search(new FlowQuery { Limit = FlowQuery.MaxLimit });
        Assert.Equal(flows.Count, stored.Total);
        Assert.Equal(flows.Count, stored.Hits.Select(hit => hit.Id).Distinct().Count());
    }

    [Fact]
    public void A_failed_write_is_thrown_by_the_next_write_or_by_Complete()
    {
        var flows = fixture.FlowsByCapture.Values.SelectMany(f => f).ToList();
        var store = new DuckDbFlowStore(Path.Combine(_directory, "closed.duckdb"));
        store.Dispose(); // every write now fails in DuckDB
        using var sink = new StoreFlowSink(store, new CaptureSource("id-closed", "closed.pcap"), batchSize: 2);
        var failure = Record.Exception(() =>
        {
            foreach (var flow in flows) sink.Write(flow);
            sink.Complete();
        });
        Assert.NotNull(failure);
        Assert.IsNotType<AggregateException>(failure);
        Assert.Equal(0, sink.Written);
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
