using PcapSearch.Store.DuckDb;

namespace PcapSearch.Store.Tests;

public sealed class StoreQueryTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly DuckDbFlowStore _store = fixture.Store;

    private IReadOnlyList<FlowHit> All() => _store.Search(new FlowQuery { Limit = 1000 }).Hits;

    private long Count(string kql) => _store.Search(new FlowQuery { Kql = kql }).Total;

    private long Where(Func<FlowHit, bool> predicate) => All().Count(predicate);

    private static T? Get<T>(FlowHit hit, string field) => hit.Fields.TryGetValue(field, out var v) ? (T)v : default;

    [Fact]
    public void Wildcards_on_keywords_and_lists()
    {
        Assert.Equal(Where(h => Get<string>(h, "network.transport")!.StartsWith('t')), Count("network.transport:t*"));
        Assert.Equal(Where(h => Get<string>(h, "network.transport")!.EndsWith("dp", StringComparison.Ordinal)), Count("network.transport:*dp"));
        Assert.Equal(Where(h => Get<string[]>(h, "network.protocol")?.Any(p => p.StartsWith("ht", StringComparison.Ordinal)) == true), Count("network.protocol:ht*"));
        Assert.Equal(0, Count("network.transport:t_p"));
        Assert.Equal(0, Count("network.transport:t%"));
    }

    [Fact]
    public void Number_ranges_and_exists()
    {
        Assert.Equal(Where(h => Get<long>(h, "network.bytes") >= 1000), Count("network.bytes >= 1000"));
        Assert.Equal(Where(h => Get<long>(h, "network.bytes") < 1000), Count("network.bytes < 1000"));
        Assert.Equal(Where(h => h.Fields.ContainsKey("source.port")), Count("source.port:*"));
        Assert.Equal(Where(h => h.Fields.ContainsKey("tls.client.server_name")), Count("tls.client.server_name:*"));
        Assert.Equal(Where(h => Get<long[]>(h, "http.response.status_code")?.Any(c => c >= 200 && c < 300) == true), Count("http.response.status_code >= 200 and http.response.status_code < 300"));
    }

    [Fact]
    public void Date_queries_against_the_stored_timestamps()
    {
        var stamps = All().Select(h => Get<string>(h, "@timestamp")!).Order(StringComparer.Ordinal).ToList();
        string first = stamps[0], last = stamps[^1];
        Assert.Equal(stamps.Count, Count($"@timestamp >= \"{first}\" and @timestamp <= \"{last}\""));
        Assert.Equal(stamps.Count(s => s == first), Count($"@timestamp:\"{first}\""));
        Assert.Equal(stamps.Count(s => string.CompareOrdinal(s, first[..10]) >= 0 && s.StartsWith(first[..10], StringComparison.Ordinal)), Count($"@timestamp:\"{first[..10]}\""));
        Assert.Equal(stamps.Count, Count("@timestamp < now"));
    }

    [Fact]
    public void The_clock_is_injectable_for_date_math()
    {
        var last = All().Select(h => DateTimeOffset.Parse(Get<string>(h, "@timestamp")!, System.Globalization.CultureInfo.InvariantCulture)).Max();
        using var store = new DuckDbFlowStore(Path.Combine(fixture.Directory, "clock.duckdb"), clock: new FixedClock(last.AddMinutes(10)));
        foreach (var (capture, flows) in fixture.FlowsByCapture) store.UpsertFlows(StoreFixture.Source(capture), flows);
        var recent = store.Search(new FlowQuery { From = "now-15m" }).Total;
        Assert.True(recent >= 1);
        Assert.Equal(Count($"@timestamp >= \"{last.AddMinutes(-5):yyyy-MM-ddTHH:mm:ss.fffffffZ}\""), store.Search(new FlowQuery { From = "now-15m" , To = "now" }).Total);
        Assert.Equal(0, store.Search(new FlowQuery { From = "now-5m" }).Total);
    }

    [Fact]
    public void Chosen_fields_and_capture_filter()
    {
        var capture = StoreFixture.Source(StoreFixture.Captures[1]);
        var hits = _store.Search(new FlowQuery { Captures = [capture.Id], Fields = ["source.ip", "pcap.capture.file", "no.such"] });
        Assert.Equal(fixture.FlowsByCapture[StoreFixture.Captures[1]].Count, hits.Total);
        Assert.All(hits.Hits, h => Assert.Equal(capture.FileName, h.Fields["pcap.capture.file"]));
        Assert.All(hits.Hits, h => Assert.Subset(new HashSet<string> { "source.ip", "pcap.capture.file" }, h.Fields.Keys.ToHashSet()));
        Assert.Contains(hits.Warnings, w => w.Contains("no.such", StringComparison.Ordinal));
    }

    [Fact]
    public void Refusals_are_clear()
    {
        Assert.Throws<FlowQueryException>(() => _store.Search(new FlowQuery { After = "not-a-cursor" }));
        Assert.Throws<FlowQueryException>(() => _store.Search(new FlowQuery { SortField = "network.protocol" }));
        Assert.Throws<FlowQueryException>(() => _store.Search(new FlowQuery { SortField = "nope" }));
        Assert.Throws<FlowQueryException>(() => _store.Search(new FlowQuery { Limit = 0 }));
        Assert.Throws<Query.KqlSyntaxException>(() => _store.Search(new FlowQuery { Kql = "source.ip:" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DuckDbFlowStore(Path.Combine(fixture.Directory, "x.duckdb"), new BulkOptions { BatchSize = 0 }));
    }

    [Fact]
    public void Facets_on_lists_and_with_a_query()
    {
        var facets = _store.Facets(new FlowQuery { Kql = "network.transport:tcp" }, ["network.protocol", "destination.port"], 10);
        Assert.Equal(Count("network.transport:tcp"), facets.Total);
        foreach (var bucket in facets.Fields[0].Buckets)
        {
            Assert.Equal(Count($"network.transport:tcp and network.protocol:\"{bucket.Value}\""), bucket.Count);
        }
        var ports = facets.Fields[1];
        Assert.Equal(facets.Total, ports.Buckets.Sum(b => b.Count) + ports.Other + ports.Missing);
        Assert.True(ports.Buckets.Zip(ports.Buckets.Skip(1)).All(p => p.First.Count >= p.Second.Count));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
