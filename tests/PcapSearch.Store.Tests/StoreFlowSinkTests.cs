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

    /// <summary>
    /// Batches of a capture written from new are appended beside each other (one per writer), a capture written again
    /// replaces its flows alone, and reads meanwhile fold the summary only once the appends under way have ended: the
    /// summary's totals match the flows'.
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Batches_appended_beside_each_other_are_each_written_once_and_replaced_on_a_second_ingest(int writers)
    {
        var flows = fixture.FlowsByCapture.Values.SelectMany(f => f).ToList();
        var capture = new CaptureSource("id-beside", "beside.pcap");
        using var store = new DuckDbFlowStore(Path.Combine(_directory, "beside.duckdb"), new BulkOptions { BatchSize = 4, Writers = writers });
        Assert.Equal(writers, store.ConcurrentWrites);
        for (int ingest = 0; ingest < 2; ingest++)
        {
            using var reading = new CancellationTokenSource();
            var reads = Task.Run(() =>
            {
                while (!reading.IsCancellationRequested) store.Facets(new FlowQuery(), ["network.transport"], 5);
            });
            using (var sink = new StoreFlowSink(store, capture, batchSize: 3))
            {
                foreach (var flow in flows) sink.Write(flow);
                sink.Complete();
                Assert.Equal(flows.Count, sink.Written);
            }
            reading.Cancel();
            await reads;
            var stored = store.Search(new FlowQuery { Limit = FlowQuery.MaxLimit });
            Assert.Equal(flows.Count, stored.Total);
            Assert.Equal(flows.Count, stored.Hits.Select(hit => hit.Id).Distinct().Count());
            Assert.Equal(flows.Count, store.Facets(new FlowQuery(), ["network.transport"], 10).Total);
        }
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
