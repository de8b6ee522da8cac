using System.Text.Json;

namespace PcapSearch.Store.Tests.Contract;

/// <summary>
/// A condition every flow meets changes no answer. A backend may answer graphs, facets, histograms and hosts from summaries it
/// keeps beside the flows when the question allows (DuckDB: its per-capture pair summary, for queries on the fields it
/// groups by), and from the flows otherwise; <c>event.id:*</c> names a field no summary keeps, so it sends the same
/// question down the flow path, and both answers must be the same, also after re-ingest and delete.
/// </summary>
public abstract partial class FlowStoreContract<TBackend>
{
    private const string EveryFlow = "event.id:*";

    public static TheoryData<string, string?> SummaryScopes => new()
    {
        { "", null },
        { "", "id-arkime_synthetic" },
        { "network.transport:tcp", null },
        { "destination.port:(53 or 443) or network.protocol:http", null },
        { "source.ip:10.0.0.0/8 or destination.ip:\"2001:db8::/32\" or not network.transport:udp", "id-v6-http" },
    };

    [SkippableTheory]
    [MemberData(nameof(SummaryScopes))]
    public void Graphs_facets_histograms_and_hosts_are_the_same_with_a_condition_every_flow_meets(string kql, string? capture) =>
        AssertSameThroughBothPaths(Store, kql, capture);

    [SkippableFact]
    public void After_re_ingest_and_delete_both_paths_agree_with_a_store_written_once()
    {
        _ = Store;
        using var rewritten = Fixture.OpenLoaded(TimeProvider.System);
        string again = FlowStoreContractFixture<TBackend>.Captures[4], deleted = FlowStoreContractFixture<TBackend>.Captures[0];
        rewritten.UpsertFlows(FlowStoreContractFixture<TBackend>.Source(again), FlowStoreContractFixture<TBackend>.FlowsOf(again));
        rewritten.DeleteCapture(FlowStoreContractFixture<TBackend>.Source(deleted).Id);
        using var once = Fixture.Backend.OpenEmpty(TimeProvider.System);
        foreach (var capture in FlowStoreContractFixture<TBackend>.Captures.Where(c => c != deleted))
        {
            once.UpsertFlows(FlowStoreContractFixture<TBackend>.Source(capture), FlowStoreContractFixture<TBackend>.FlowsOf(capture));
        }

        foreach (var (kql, capture) in new[] { ("", (string?)null), ("network.transport:tcp", null), ("", "id-arkime_synthetic") })
        {
            AssertSameThroughBothPaths(rewritten, kql, capture);
            Assert.Equal(Answers(once, kql, capture), Answers(rewritten, kql, capture));
        }
    }

    [SkippableFact]
    public void An_empty_store_answers_facets_and_histograms_with_nothing()
    {
        _ = Store;
        using var store = Fixture.Backend.OpenEmpty(TimeProvider.System);
        var facets = store.Facets(new FlowQuery(), ["network.transport", "source.ip"], 10);
        Assert.Equal(0, facets.Total);
        Assert.All(facets.Fields, field => Assert.Empty(field.Buckets));
        Assert.Equal(0, store.Search(new FlowQuery()).Total);
    }

    [SkippableFact]
    public void Reads_between_writes_see_every_flow_written_before_them_through_both_paths()
    {
        _ = Store;
        using var store = Fixture.Backend.OpenEmpty(TimeProvider.System);
        foreach (var capture in FlowStoreContractFixture<TBackend>.Captures)
        {
            var flows = FlowStoreContractFixture<TBackend>.FlowsOf(capture);
            store.UpsertFlows(FlowStoreContractFixture<TBackend>.Source(capture), flows.Take(flows.Count / 2 + 1).ToList());
            AssertSameThroughBothPaths(store, "", null);
            store.UpsertFlows(FlowStoreContractFixture<TBackend>.Source(capture), flows.Skip(flows.Count / 2 + 1).ToList());
        }
        AssertSameThroughBothPaths(store, "", null);
        Assert.Equal(Fixture.FlowCount, store.Facets(new FlowQuery(), ["network.transport"], 1).Total);
    }

    private static void AssertSameThroughBothPaths(IFlowStore store, string kql, string? capture)
    {
        var direct = Answers(store, kql, capture);
        var throughFlows = Answers(store, kql.Length == 0 ? EveryFlow : $"({kql}) and {EveryFlow}", capture);
        Assert.Equal(direct.Count, throughFlows.Count);
        for (int i = 0; i < direct.Count; i++) Assert.Equal(direct[i], throughFlows[i]);
        Assert.Contains(direct, a => a.Contains("\"Flows\":", StringComparison.Ordinal) && !a.Contains("\"Flows\":0", StringComparison.Ordinal));
    }

    /// <summary>Every graph, facet, histogram and host answer to the question, each as JSON (records hold lists, compared by content this way).</summary>
    private static List<string> Answers(IFlowStore store, string kql, string? capture)
    {
        var query = new FlowQuery { Kql = kql, Captures = capture is null ? null : [capture] };
        var answers = new List<string>();
        void Add(object answer) => answers.Add(JsonSerializer.Serialize(answer, answer.GetType()));
        foreach (var node in Enum.GetValues<GraphNodeKind>())
        {
            foreach (var weight in Enum.GetValues<GraphWeight>()) Add(store.Graph(query, new GraphRequest { Node = node, Weight = weight, Top = 7 }));
            Add(store.Graph(query, new GraphRequest { Node = node, Top = GraphRequest.MaxTop }));
        }
        var busiest = store.Facets(query, ["source.ip"], 2).Fields[0].Buckets.Select(b => (string)b.Value).ToList();
        if (busiest.Count > 0) Add(store.Graph(query, new GraphRequest { Expand = busiest, Hops = 2, Top = 50 }));
        string[] fields = ["source.ip", "destination.ip", "destination.port", "network.transport", "network.protocol", "source.mac", "destination.mac", "source.port", "pcap.capture.id"];
        Add(store.Facets(query, fields, 5));
        Add(store.Facets(query, fields, 10_000));
        foreach (string weight in new[] { "source.bytes", "destination.packets", "network.bytes", "source.port" }) Add(store.Facets(query, fields, 3, weight));
        foreach (string? interval in new[] { null, "7d", "30d" }) Add(store.Histogram(query, new HistogramRequest { Interval = interval }));
        Add(store.Histogram(query, new HistogramRequest { SplitField = "network.transport" }));
        var hosts = new HostQuery { Flows = query, Limit = FlowQuery.MaxLimit };
        foreach (var order in Enum.GetValues<HostOrder>()) Add(store.Hosts(hosts with { Order = order }));
        foreach (var host in store.Hosts(hosts with { Limit = 25 }).Hosts) Add(store.Host(host.Ip, query)!);
        return answers;
    }
}
