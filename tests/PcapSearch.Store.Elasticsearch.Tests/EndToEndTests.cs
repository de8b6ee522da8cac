using PcapSearch.Store.DuckDb;
using PcapSearch.Store.Tests;

namespace PcapSearch.Store.Elasticsearch.Tests;

/// <summary>
/// The store against a real Elasticsearch (see <see cref="ElasticsearchServer"/>): corpus captures ingested, searched,
/// faceted, exported and deleted, and the answers compared with the embedded store's over the same captures.
/// Skipped, with the reason, where no server can run (this machine has neither one nor Docker).
/// </summary>
public sealed class EndToEndTests(ElasticsearchServer server) : IClassFixture<ElasticsearchServer>
{
    private ElasticsearchFlowStore Loaded(out int flows)
    {
        Skip.If(server.SkipReason is not null, server.SkipReason);
        var store = server.CreateStore();
        flows = 0;
        foreach (string capture in StoreFixture.Captures)
        {
            var list = StoreFixture.FlowsOf(capture);
            store.UpsertFlows(StoreFixture.Source(capture), list);
            flows += list.Count;
        }
        return store;
    }

    [SkippableFact]
    public void Ingesting_twice_searching_and_deleting_a_capture()
    {
        using var store = Loaded(out int flows);
        Assert.Equal(flows, store.Search(new FlowQuery()).Total);
        var capture = StoreFixture.Captures[0];
        store.UpsertFlows(StoreFixture.Source(capture), StoreFixture.FlowsOf(capture));
        Assert.Equal(flows, store.Search(new FlowQuery()).Total);

        long deleted = store.DeleteCapture(StoreFixture.Source(capture).Id);
        Assert.Equal(StoreFixture.FlowsOf(capture).Count, deleted);
        Assert.Equal(flows - deleted, store.Search(new FlowQuery()).Total);
        Assert.Equal(0, store.Search(new FlowQuery { Captures = [StoreFixture.Source(capture).Id] }).Total);
    }

    [SkippableFact]
    public void Pages_and_the_export_visit_every_flow_once()
    {
        using var store = Loaded(out int flows);
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = store.Search(new FlowQuery { Limit = 3, After = after, SortField = "destination.port", Direction = SortDirection.Ascending });
            seen.AddRange(page.Hits.Select(h => h.Id));
            after = page.NextCursor;
        }
        while (after is not null);
        Assert.Equal(flows, seen.Distinct().Count());
        Assert.Equal(seen.Order(StringComparer.Ordinal), store.Export(new FlowQuery { Limit = 2 }).Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void Answers_agree_with_the_embedded_store()
    {
        using var store = Loaded(out _);
        using var embedded = new StoreFixture();
        foreach (string kql in new[] { "", "network.transport:tcp", "destination.port >= 1024", "ip:*", "network.type:ipv6 or network.protocol:dns", "url.original:get" })
        {
            var query = new FlowQuery { Kql = kql, Limit = 1000, SortField = "event.id", Direction = SortDirection.Ascending };
            var expected = embedded.Store.Search(query);
            var actual = store.Search(query);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => h.Id), actual.Hits.Select(h => h.Id));
            Assert.Equal(expected.Hits.Select(h => h.Fields["source.ip"]), actual.Hits.Select(h => h.Fields["source.ip"]));
            var fields = new[] { "network.transport", "destination.port", "network.protocol" };
            var expectedFacets = embedded.Store.Facets(query, fields, 5);
            var actualFacets = store.Facets(query, fields, 5);
            Assert.Equal(expectedFacets.Total, actualFacets.Total);
            for (int i = 0; i < fields.Length; i++)
            {
                Assert.Equal(expectedFacets.Fields[i].Buckets, actualFacets.Fields[i].Buckets);
                Assert.Equal((expectedFacets.Fields[i].Other, expectedFacets.Fields[i].Missing), (actualFacets.Fields[i].Other, actualFacets.Fields[i].Missing));
            }
        }
    }

    [SkippableFact]
    public void Histogram_graph_statistics_and_hosts_cover_the_flows()
    {
        using var store = Loaded(out int flows);
        var histogram = store.Histogram(new FlowQuery(), new HistogramRequest { SplitField = "network.transport" });
        Assert.Equal(flows, histogram.Buckets.Sum(b => b.Count));
        Assert.All(histogram.Buckets, b => Assert.Equal(b.Count, b.Split.Sum()));
        var graph = store.Graph(new FlowQuery(), new GraphRequest { Weight = GraphWeight.Flows });
        Assert.Equal(flows, graph.Edges.Sum(e => e.Flows));
        var statistics = store.FieldStatistics(new FlowQuery(), ["destination.port", "@timestamp"]);
        Assert.Equal(flows, statistics.Fields[1].Count);
        var hosts = store.Hosts(new HostQuery());
        Assert.Equal(hosts.Hosts.Sum(h => h.Flows), 2L * flows - graph.Edges.Where(e => e.Source == e.Destination).Sum(e => e.Flows));
        var first = hosts.Hosts[0];
        // Records hold lists, which compare by reference: compare their JSON.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first), System.Text.Json.JsonSerializer.Serialize(store.Host(first.Ip, new FlowQuery())));
        Assert.Null(store.Host("192.0.2.254", new FlowQuery()));
    }

    [SkippableFact]
    public void The_capture_catalog_keeps_records()
    {
        Skip.If(server.SkipReason is not null, server.SkipReason);
        using var store = server.CreateStore();
        var record = new CaptureRecord("cap-1", new string('a', 64), ["x.pcap"], 10, "cli", CaptureStatus.Done, 10, 1, 1, [], null, "2024-05-17T13:45:30Z", null, null);
        store.UpsertCapture(record);
        store.UpsertCapture(record with { Id = "cap-2", Received = "2024-05-18T00:00:00Z" });
        Assert.Equal("cap-1", store.Capture("cap-1")!.Id);
        Assert.Null(store.Capture("missing"));
        Assert.Equal(["cap-2", "cap-1"], store.Captures().Select(c => c.Id));
        store.DeleteCapture("cap-1");
        Assert.Null(store.Capture("cap-1"));
    }
}
