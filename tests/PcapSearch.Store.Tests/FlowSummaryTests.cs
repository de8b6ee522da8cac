using DuckDB.NET.Data;
using PcapSearch.Store.DuckDb;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Tests;

/// <summary>
/// Which reads the pair summary answers, and that it sums every stored flow. That both paths give the same
/// answers is the contract suite's (<c>FlowStoreContract.Summaries</c>).
/// </summary>
public sealed class FlowSummaryTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Theory]
    [InlineData("", null, null, null, true)]
    [InlineData("network.transport:tcp and destination.port >= 443", null, null, null, true)]
    [InlineData("source.ip:10.0.0.0/8 or destination.ip:\"2001:db8::1\" or mac:00-1A-2B-3C-4D-5E", null, null, null, true)]
    [InlineData("not network.protocol:dns", null, null, null, true)]
    [InlineData("nosuchfield:1", null, null, null, true)]
    [InlineData("", null, null, "id-a", false)]
    [InlineData("", "now-1d", null, null, false)]
    [InlineData("", null, "2024-01-01", null, false)]
    [InlineData("port:443", null, null, null, false)]
    [InlineData("event.id:*", null, null, null, false)]
    [InlineData("google", null, null, null, false)]
    public void The_pair_summary_answers_queries_on_the_fields_it_groups_by_over_every_capture_and_all_time(string kql, string? from, string? to, string? capture, bool summary)
    {
        var query = new FlowQuery { Kql = kql, From = from, To = to, Captures = capture is null ? null : [capture] };
        var context = new SqlContext(fixture.Store.Catalog, DateTimeOffset.UnixEpoch);
        string where = context.Translate(Query.KqlParser.Parse(kql)) + (capture is null ? "" : " AND \"pcap.capture.id\" IN ($9)");
        Assert.Equal(summary ? FlowSummary.Pairs : FlowSummary.FlowRows, FlowSummary.For(query, where));
    }

    [Fact]
    public void After_a_read_the_summary_sums_every_stored_flow()
    {
        fixture.Store.Facets(new FlowQuery(), ["source.ip"], 1);
        Assert.True(SummarySumsEveryFlow(fixture.Directory));
    }

    [Fact]
    public void Settling_the_store_folds_the_written_flows_before_any_read()
    {
        using var temporary = new TemporaryStore();
        var store = temporary.Store;
        var (capture, flows) = fixture.FlowsByCapture.First();
        store.UpsertFlows(StoreFixture.Source(capture), flows);
        Assert.False(temporary.SummarySumsEveryFlow());
        store.Settle();
        Assert.True(temporary.SummarySumsEveryFlow());
    }

    [Fact]
    public async Task After_a_delete_the_summary_is_made_again_from_the_remaining_flows_without_a_read()
    {
        using var temporary = new TemporaryStore();
        var store = temporary.Store;
        var captures = fixture.FlowsByCapture.Take(3).ToList();
        foreach (var (capture, flows) in captures) store.UpsertFlows(StoreFixture.Source(capture), flows);
        store.Settle();

        Assert.Equal(captures[1].Value.Count, store.DeleteCapture(StoreFixture.Source(captures[1].Key).Id));
        await store.Rebuilding!.WaitAsync(TimeSpan.FromSeconds(120)); // a hang guard, not a timing
        Assert.True(temporary.SummarySumsEveryFlow());
    }

    [Fact]
    public async Task A_read_while_the_writer_is_busy_answers_from_the_flows_without_waiting()
    {
        using var temporary = new TemporaryStore();
        var store = temporary.Store;
        var captures = fixture.FlowsByCapture.ToList();
        store.UpsertFlows(StoreFixture.Source(captures[0].Key), captures[0].Value);
        store.Settle();
        store.UpsertFlows(StoreFixture.Source(captures[1].Key), captures[1].Value); // the summary is now behind
        int expected = captures[0].Value.Count + captures[1].Value.Count;

        using var release = new ManualResetEventSlim();
        using var held = new ManualResetEventSlim();
        var writeLock = (Lock)typeof(DuckDbFlowStore).GetField("_writeLock", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(store)!;
        var writer = Task.Factory.StartNew(() =>
        {
            lock (writeLock)
            {
                held.Set();
                release.Wait();
            }
        }, TaskCreationOptions.LongRunning);
        held.Wait();
        FlowFacets busy;
        FlowGraph busyGraph;
        HostList busyHosts;
        try
        {
            // A hang guard, not a timing: a read that waited for the lock would never end while it is held.
            busy = await Task.Run(() => store.Facets(new FlowQuery(), ["network.transport"], 10)).WaitAsync(TimeSpan.FromSeconds(60));
            busyGraph = await Task.Run(() => store.Graph(new FlowQuery(), new GraphRequest { Top = 500 })).WaitAsync(TimeSpan.FromSeconds(60));
            busyHosts = await Task.Run(() => store.Hosts(new HostQuery { Limit = 1000 })).WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            release.Set();
            await writer;
        }
        Assert.Equal(expected, busy.Fields[0].Buckets.Sum(bucket => bucket.Count) + busy.Fields[0].Other);
        Assert.False(temporary.SummarySumsEveryFlow()); // answered from the flows, the summary untouched

        var idleRead = store.Facets(new FlowQuery(), ["network.transport"], 10);
        Assert.True(temporary.SummarySumsEveryFlow());
        Assert.Equal(busy.Fields[0].Buckets.Select(b => (b.Value, b.Count)), idleRead.Fields[0].Buckets.Select(b => (b.Value, b.Count)));
        // The edge and host summaries are as far behind as the pairs while the writer is busy: the graph and the hosts
        // answered from the flows too, so they equal the answers from the summaries folded since.
        var idleGraph = store.Graph(new FlowQuery(), new GraphRequest { Top = 500 });
        Assert.Equal(idleGraph.Edges.Select(e => (e.Source, e.Destination, e.Flows, e.Bytes)), busyGraph.Edges.Select(e => (e.Source, e.Destination, e.Flows, e.Bytes)));
        var idleHosts = store.Hosts(new HostQuery { Limit = 1000 });
        Assert.Equal(idleHosts.Total, busyHosts.Total);
        Assert.Equal(idleHosts.Hosts.Select(h => h.Ip), busyHosts.Hosts.Select(h => h.Ip));
    }

    /// <summary>A store of its own in a temporary directory, deleted with it.</summary>
    private sealed class TemporaryStore : IDisposable
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pcapsearch-summary-");

        public TemporaryStore() => Store = new DuckDbFlowStore(Path.Combine(_directory.FullName, "flows.duckdb"));

        public DuckDbFlowStore Store { get; }

        public bool SummarySumsEveryFlow() => FlowSummaryTests.SummarySumsEveryFlow(_directory.FullName);

        public void Dispose()
        {
            Store.Dispose();
            _directory.Delete(recursive: true);
        }
    }

    /// <summary>Whether the pair summary of the store in <paramref name="directory"/> counts every flow, its bytes and its captures.</summary>
    private static bool SummarySumsEveryFlow(string directory)
    {
        using var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = Path.Combine(directory, "flows.duckdb") }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT coalesce((SELECT count(*) FROM flows) = (SELECT sum(flows) FROM {FlowSummary.PairsTable}) " +
            $"AND (SELECT sum(\"network.bytes\") FROM flows) = (SELECT sum(\"network.bytes\") FROM {FlowSummary.PairsTable}) " +
            $"AND (SELECT list_sort(list(DISTINCT \"pcap.capture.id\")) FROM flows) = (SELECT list_sort(list_distinct(flatten(list(captures)))) FROM {FlowSummary.PairsTable}), false)";
        return (bool)command.ExecuteScalar()!;
    }
}
