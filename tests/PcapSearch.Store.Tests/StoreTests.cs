using PcapSearch.Store.DuckDb;

namespace PcapSearch.Store.Tests;

public sealed class StoreTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly DuckDbFlowStore _store = fixture.Store;

    private FlowHits Search(string kql, int limit = 1000) => _store.Search(new FlowQuery { Kql = kql, Limit = limit });

    [Fact]
    public void Every_flow_is_stored_once()
    {
        Assert.True(fixture.FlowCount > 5, $"only {fixture.FlowCount} flows");
        var all = Search("");
        Assert.Equal(fixture.FlowCount, all.Total);
        Assert.Equal(fixture.FlowCount, all.Hits.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void Upserting_a_capture_again_and_deleting_it()
    {
        using var temp = new StoreFixture();
        var capture = StoreFixture.Captures[0];
        temp.Store.UpsertFlows(StoreFixture.Source(capture), temp.FlowsByCapture[capture]);
        temp.Store.UpsertFlows(StoreFixture.Source(capture), StoreFixture.FlowsOf(capture));
        Assert.Equal(temp.FlowCount, temp.Store.Search(new FlowQuery()).Total);
        long deleted = temp.Store.DeleteCapture(StoreFixture.Source(capture).Id);
        Assert.Equal(temp.FlowsByCapture[capture].Count, deleted);
        Assert.Equal(temp.FlowCount - deleted, temp.Store.Search(new FlowQuery()).Total);
        Assert.Equal(0, temp.Store.Search(new FlowQuery { Captures = [StoreFixture.Source(capture).Id] }).Total);
    }

    [Fact]
    public void Every_document_field_has_a_column()
    {
        var capture = StoreFixture.Source(StoreFixture.Captures[1]);
        foreach (var name in StoreFixture.Captures.SelectMany(c => FlatDocument.Build(StoreFixture.Source(c), fixture.FlowsByCapture[c], 0, fixture.FlowsByCapture[c].Count)).SelectMany(d => d.Names).Distinct())
        {
            Assert.True(_store.Catalog.Find(name) is not null, $"no column for {name} ({capture.FileName})");
        }
    }

    [Fact]
    public void Hits_carry_the_document_values()
    {
        var hit = Search("network.transport:tcp and destination.port:80", 1).Hits.Single();
        Assert.Equal("tcp", hit.Fields["network.transport"]);
        Assert.Equal(80L, hit.Fields["destination.port"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$", (string)hit.Fields["@timestamp"]);
        Assert.IsType<string>(hit.Fields["source.ip"]);
        Assert.IsType<string[]>(hit.Fields["event.category"]);
    }

    [Theory]
    [InlineData("network.transport:tcp")]
    [InlineData("network.transport:t*")]
    [InlineData("network.protocol:dns")]
    [InlineData("network.type:ipv6")]
    [InlineData("destination.port >= 1 and destination.port <= 443")]
    [InlineData("ip:*")]
    public void Queries_agree_with_a_filter_over_the_hits(string kql)
    {
        var all = Search("").Hits;
        var hits = Search(kql);
        Assert.Empty(hits.Warnings);
        Assert.True(hits.Total > 0);
        Assert.Equal(hits.Total, hits.Hits.Count);
        Assert.True(hits.Total <= all.Count);
    }

    [Fact]
    public void Ip_terms_and_cidr_for_v4_and_v6()
    {
        var all = Search("").Hits;
        var v4 = all.Select(h => (string)h.Fields["source.ip"]).First(ip => !ip.Contains(':'));
        var v6 = all.Select(h => (string)h.Fields["source.ip"]).First(ip => ip.Contains(':'));
        int Count(Func<string, bool> predicate) => all.Count(h => predicate((string)h.Fields["source.ip"]));
        Assert.Equal(Count(ip => ip == v4), Search($"source.ip:{v4}").Total);
        Assert.Equal(Count(ip => ip == v6), Search($"source.ip:\"{v6}\"").Total);
        string v4Net = string.Join('.', v4.Split('.').Take(2)) + ".0.0/16";
        Assert.Equal(Count(ip => ip.StartsWith(string.Join('.', v4.Split('.').Take(2)) + ".", StringComparison.Ordinal)), Search($"source.ip:\"{v4Net}\"").Total);
        Assert.Equal(Count(ip => ip.Contains(':')), Search("source.ip:\"::/0\" and not source.ip:\"::ffff:0:0/96\"").Total);
        Assert.Equal(Count(ip => !ip.Contains(':')), Search("source.ip:\"0.0.0.0/0\"").Total);
        Assert.True(Search($"ip:{v4}").Total >= Count(ip => ip == v4));
        Assert.Equal(Search($"ip:{v4}").Total, Search($"source.ip:{v4} or destination.ip:{v4}").Total);
        Assert.Equal(Search($"host:{v4}").Total, Search($"ip:{v4}").Total);
    }

    [Fact]
    public void Precedence_not_and_or()
    {
        long tcp = Search("network.transport:tcp").Total, udp = Search("network.transport:udp").Total;
        long v6 = Search("network.type:ipv6").Total, tcpV6 = Search("network.transport:tcp and network.type:ipv6").Total;
        Assert.Equal(udp + tcpV6, Search("network.transport:udp or network.transport:tcp and network.type:ipv6").Total);
        Assert.Equal(fixture.FlowCount - tcp, Search("not network.transport:tcp").Total);
        Assert.Equal(fixture.FlowCount - v6, Search("not network.type:ipv6").Total);
        // not on a field most flows lack keeps them (Kibana semantics, not SQL NULL).
        Assert.Equal(fixture.FlowCount - Search("dns.question.name:*").Total, Search("not dns.question.name:*").Total);
    }

    [Fact]
    public void Bare_values_shorthands_and_mac()
    {
        var hit = Search("network.protocol:dns", 1).Hits.Single();
        var name = ((string[])hit.Fields["dns.question.name"])[0];
        Assert.True(Search(name).Total >= 1);
        Assert.Equal(Search($"dns.question.name:\"{name}\"").Total, Search($"host:\"{name}\" and network.protocol:dns").Total);
        Assert.Equal(Search("source.port:53 or destination.port:53").Total, Search("port:53").Total);
        var mac = (string)Search("source.mac:*", 1).Hits.Single().Fields["source.mac"];
        Assert.Equal(Search($"source.mac:\"{mac}\" or destination.mac:\"{mac}\"").Total, Search($"mac:\"{mac.ToLowerInvariant().Replace('-', ':')}\"").Total);
    }

    [Fact]
    public void Paging_with_a_cursor_returns_each_hit_once_in_order()
    {
        foreach (var (field, direction) in new[] { ("@timestamp", SortDirection.Descending), ("source.port", SortDirection.Ascending), ("source.ip", SortDirection.Descending) })
        {
            var expected = _store.Search(new FlowQuery { SortField = field, Direction = direction, Limit = 1000 }).Hits.Select(h => h.Id).ToList();
            var paged = new List<string>();
            string? cursor = null;
            do
            {
                var page = _store.Search(new FlowQuery { SortField = field, Direction = direction, Limit = 2, After = cursor, Fields = ["event.id"] });
                paged.AddRange(page.Hits.Select(h => h.Id));
                cursor = page.NextCursor;
            } while (cursor is not null);
            Assert.Equal(expected, paged);
        }
    }

    [Fact]
    public void Facets_count_top_values_and_other()
    {
        var facets = _store.Facets(new FlowQuery(), ["network.transport", "network.protocol", "source.ip", "nope.field"], 1);
        Assert.Equal(fixture.FlowCount, facets.Total);
        var transport = facets.Fields[0];
        Assert.Single(transport.Buckets);
        Assert.Equal(fixture.FlowCount, transport.Buckets[0].Count + transport.Other + transport.Missing);
        Assert.Equal(Search($"network.transport:{transport.Buckets[0].Value}").Total, transport.Buckets[0].Count);
        Assert.Contains(facets.Warnings, w => w.Contains("nope.field", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_field_matches_nothing_with_a_warning()
    {
        var hits = Search("no.such.field:x or network.transport:tcp");
        Assert.Equal(Search("network.transport:tcp").Total, hits.Total);
        Assert.Contains(hits.Warnings, w => w.Contains("no.such.field", StringComparison.Ordinal));
        Assert.Equal(0, Search("no.such.field:x").Total);
    }

    [Theory]
    [InlineData("network.transport:\"tcp' OR '1'='1\"")]
    [InlineData("network.transport:\"tcp\\\" OR TRUE --\"")]
    [InlineData("\"x'); DROP TABLE flows; --\"")]
    [InlineData("network.transport:*' OR 1=1 --*")]
    public void Injection_attempts_stay_literal(string kql)
    {
        Assert.Equal(0, Search(kql).Total);
        Assert.Equal(fixture.FlowCount, Search("").Total);
    }

    [Fact]
    public void Time_range_from_inclusive_to_exclusive()
    {
        var first = Search("", 1000).Hits.Select(h => (string)h.Fields["@timestamp"]).Order(StringComparer.Ordinal).First();
        Assert.Equal(fixture.FlowCount, _store.Search(new FlowQuery { From = first }).Total);
        Assert.Equal(fixture.FlowCount, _store.Search(new FlowQuery { To = "now" }).Total);
        Assert.Equal(0, _store.Search(new FlowQuery { From = "now-15m" }).Total);
        Assert.Equal(0, _store.Search(new FlowQuery { To = first }).Total);
    }
}
