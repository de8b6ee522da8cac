using System.Text.RegularExpressions;

namespace PcapSearch.Store.Tests.Contract;

/// <summary>Writes, KQL queries, paging and facets: the searches every backend answers alike.</summary>
public abstract partial class FlowStoreContract<TBackend>
{


    [SkippableFact]
    public void Every_flow_is_stored_once()
    {
        Assert.True(Fixture.FlowCount > 5, $"only {Fixture.FlowCount} flows");
        var all = Search("");
        Assert.Equal(Fixture.FlowCount, all.Total);
        Assert.Equal(Fixture.FlowCount, all.Hits.Select(h => h.Id).Distinct().Count());
    }

    [SkippableFact]
    public void Upserting_a_capture_again_and_deleting_it()
    {
        _ = Store;
        using var store = Fixture.OpenLoaded(TimeProvider.System);
        var capture = FlowStoreContractFixture<TBackend>.Captures[0];
        var source = FlowStoreContractFixture<TBackend>.Source(capture);
        store.UpsertFlows(source, FlowStoreContractFixture<TBackend>.FlowsOf(capture));
        Assert.Equal(Fixture.FlowCount, store.Search(new FlowQuery()).Total);
        long deleted = store.DeleteCapture(source.Id);
        Assert.Equal(FlowStoreContractFixture<TBackend>.FlowsOf(capture).Count, deleted);
        Assert.Equal(Fixture.FlowCount - deleted, store.Search(new FlowQuery()).Total);
        Assert.Equal(0, store.Search(new FlowQuery { Captures = [source.Id] }).Total);
    }

    [SkippableFact]
    public void Hits_carry_the_document_values()
    {
        var hit = Search("network.transport:tcp and destination.port:80", 1).Hits.Single();
        Assert.Equal("tcp", hit.Fields["network.transport"]);
        Assert.Equal(80L, hit.Fields["destination.port"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$", (string)hit.Fields["@timestamp"]);
        Assert.IsType<string>(hit.Fields["source.ip"]);
        Assert.IsType<string[]>(hit.Fields["event.category"]);
    }

    [SkippableTheory]
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

    [SkippableFact]
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

    [SkippableFact]
    public void Precedence_not_and_or()
    {
        long tcp = Search("network.transport:tcp").Total, udp = Search("network.transport:udp").Total;
        long v6 = Search("network.type:ipv6").Total, tcpV6 = Search("network.transport:tcp and network.type:ipv6").Total;
        Assert.Equal(udp + tcpV6, Search("network.transport:udp or network.transport:tcp and network.type:ipv6").Total);
        Assert.Equal(Fixture.FlowCount - tcp, Search("not network.transport:tcp").Total);
        Assert.Equal(Fixture.FlowCount - v6, Search("not network.type:ipv6").Total);
        // not on a field most flows lack keeps them (Kibana semantics, not SQL NULL).
        Assert.Equal(Fixture.FlowCount - Search("dns.question.name:*").Total, Search("not dns.question.name:*").Total);
    }

    [SkippableFact]
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

    [SkippableFact]
    public void Paging_with_a_cursor_returns_each_hit_once_in_order()
    {
        foreach (var (field, direction) in new[] { ("@timestamp", SortDirection.Descending), ("source.port", SortDirection.Ascending), ("source.ip", SortDirection.Descending) })
        {
            var expected = Store.Search(new FlowQuery { SortField = field, Direction = direction, Limit = 1000 }).Hits.Select(h => h.Id).ToList();
            var paged = new List<string>();
            string? cursor = null;
            do
            {
                var page = Store.Search(new FlowQuery { SortField = field, Direction = direction, Limit = 2, After = cursor, Fields = ["event.id"] });
                paged.AddRange(page.Hits.Select(h => h.Id));
                cursor = page.NextCursor;
            } while (cursor is not null);
            Assert.Equal(expected, paged);
        }
    }

    [SkippableFact]
    public void Facets_count_top_values_and_other()
    {
        var facets = Store.Facets(new FlowQuery(), ["network.transport", "network.protocol", "source.ip", "nope.field"], 1);
        Assert.Equal(Fixture.FlowCount, facets.Total);
        var transport = facets.Fields[0];
        Assert.Single(transport.Buckets);
        Assert.Equal(Fixture.FlowCount, transport.Buckets[0].Count + transport.Other + transport.Missing);
        Assert.Equal(Search($"network.transport:{transport.Buckets[0].Value}").Total, transport.Buckets[0].Count);
        Assert.Contains(facets.Warnings, w => w.Contains("nope.field", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Unknown_field_matches_nothing_with_a_warning()
    {
        var hits = Search("no.such.field:x or network.transport:tcp");
        Assert.Equal(Search("network.transport:tcp").Total, hits.Total);
        Assert.Contains(hits.Warnings, w => w.Contains("no.such.field", StringComparison.Ordinal));
        Assert.Equal(0, Search("no.such.field:x").Total);
    }

    [SkippableTheory]
    [InlineData("network.transport:\"tcp' OR '1'='1\"")]
    [InlineData("network.transport:\"tcp\\\" OR TRUE --\"")]
    [InlineData("\"x'); DROP TABLE flows; --\"")]
    [InlineData("network.transport:*' OR 1=1 --*")]
    [InlineData("network.transport:?' OR 1=1 --?")]
    public void Injection_attempts_stay_literal(string kql)
    {
        Assert.Equal(0, Search(kql).Total);
        Assert.Equal(Fixture.FlowCount, Search("").Total);
    }

    [SkippableFact]
    public void Time_range_from_inclusive_to_exclusive()
    {
        var first = Search("", 1000).Hits.Select(h => (string)h.Fields["@timestamp"]).Order(StringComparer.Ordinal).First();
        Assert.Equal(Fixture.FlowCount, Store.Search(new FlowQuery { From = first }).Total);
        Assert.Equal(Fixture.FlowCount, Store.Search(new FlowQuery { To = "now" }).Total);
        Assert.Equal(0, Store.Search(new FlowQuery { From = "now-15m" }).Total);
        Assert.Equal(0, Store.Search(new FlowQuery { To = first }).Total);
    }






    [SkippableFact]
    public void Wildcards_on_keywords_and_lists()
    {
        Assert.Equal(Where(h => Get<string>(h, "network.transport")!.StartsWith('t')), Count("network.transport:t*"));
        Assert.Equal(Where(h => Get<string>(h, "network.transport")!.EndsWith("dp", StringComparison.Ordinal)), Count("network.transport:*dp"));
        Assert.Equal(Where(h => Get<string[]>(h, "network.protocol")?.Any(p => p.StartsWith("ht", StringComparison.Ordinal)) == true), Count("network.protocol:ht*"));
        Assert.Equal(0, Count("network.transport:t_p"));
        Assert.Equal(0, Count("network.transport:t%"));
    }

    [SkippableFact]
    public void Question_marks_match_exactly_one_character()
    {
        long tcp = Where(h => Get<string>(h, "network.transport") == "tcp");
        Assert.True(tcp > 0);
        Assert.Equal(tcp, Count("network.transport:t?p"));
        Assert.Equal(Where(h => Get<string>(h, "network.transport") is [_, _, 'p'] or [_, 'c', _]), Count("network.transport:??p or network.transport:?c?"));
        Assert.Equal(0, Count("network.transport:t?"));
        Assert.Equal(0, Count("network.transport:t??p"));
        Assert.Equal(0, Count("network.transport:t\\?p"));
        Assert.Equal(0, Count("network.transport:\"t?p\""));

        // A list field, against the same pattern as a regular expression over every name.
        var name = All().SelectMany(h => Get<string[]>(h, "dns.question.name") ?? []).First(n => n.Length > 4 && Regex.IsMatch(n, "^[A-Za-z0-9.-]+$"));
        string middle = name[1..(name.Length / 2)], end = name[(name.Length / 2 + 1)..];
        var regex = new Regex("^." + Regex.Escape(middle) + "." + Regex.Escape(end) + "$");
        long expected = Where(h => Get<string[]>(h, "dns.question.name")?.Any(regex.IsMatch) == true);
        Assert.True(expected > 0);
        Assert.Equal(expected, Count($"dns.question.name:?{middle}?{end}"));
        Assert.Equal(0, Count($"dns.question.name:??{middle}?{end}"));

        // A text field: the pattern covers the whole value, case-insensitively.
        var url = All().SelectMany(h => Get<string[]>(h, "url.original") ?? []).First(u => u.Length > 2 && Regex.IsMatch(u, "^[A-Za-z0-9/._-]+$"));
        string head = url[..(url.Length / 2)], tail = url[(url.Length / 2 + 1)..];
        var urlRegex = new Regex("^" + Regex.Escape(head) + "." + Regex.Escape(tail) + "$", RegexOptions.IgnoreCase);
        long urls = Where(h => Get<string[]>(h, "url.original")?.Any(urlRegex.IsMatch) == true);
        Assert.True(urls > 0);
        Assert.Equal(urls, Count($"url.original:{head.ToUpperInvariant()}?{tail}"));
        Assert.Equal(0, Count($"url.original:{head}??{tail}"));
    }

    [SkippableFact]
    public void Number_ranges_and_exists()
    {
        Assert.Equal(Where(h => Get<long>(h, "network.bytes") >= 1000), Count("network.bytes >= 1000"));
        Assert.Equal(Where(h => Get<long>(h, "network.bytes") < 1000), Count("network.bytes < 1000"));
        Assert.Equal(Where(h => h.Fields.ContainsKey("source.port")), Count("source.port:*"));
        Assert.Equal(Where(h => h.Fields.ContainsKey("tls.client.server_name")), Count("tls.client.server_name:*"));
        Assert.Equal(Where(h => Get<long[]>(h, "http.response.status_code")?.Any(c => c >= 200 && c < 300) == true), Count("http.response.status_code >= 200 and http.response.status_code < 300"));
    }

    [SkippableFact]
    public void Date_queries_against_the_stored_timestamps()
    {
        var stamps = All().Select(h => Get<string>(h, "@timestamp")!).Order(StringComparer.Ordinal).ToList();
        string first = stamps[0], last = stamps[^1];
        Assert.Equal(stamps.Count, Count($"@timestamp >= \"{first}\" and @timestamp <= \"{last}\""));
        Assert.Equal(stamps.Count(s => s == first), Count($"@timestamp:\"{first}\""));
        Assert.Equal(stamps.Count(s => string.CompareOrdinal(s, first[..10]) >= 0 && s.StartsWith(first[..10], StringComparison.Ordinal)), Count($"@timestamp:\"{first[..10]}\""));
        Assert.Equal(stamps.Count, Count("@timestamp < now"));
    }

    [SkippableFact]
    public void The_clock_is_injectable_for_date_math()
    {
        var last = All().Select(h => DateTimeOffset.Parse(Get<string>(h, "@timestamp")!, System.Globalization.CultureInfo.InvariantCulture)).Max();
        using var store = Fixture.OpenLoaded(new FixedClock(last.AddMinutes(10)));
        var recent = store.Search(new FlowQuery { From = "now-15m" }).Total;
        Assert.True(recent >= 1);
        Assert.Equal(Count($"@timestamp >= \"{last.AddMinutes(-5):yyyy-MM-ddTHH:mm:ss.fffffffZ}\""), store.Search(new FlowQuery { From = "now-15m" , To = "now" }).Total);
        Assert.Equal(0, store.Search(new FlowQuery { From = "now-5m" }).Total);
    }

    [SkippableFact]
    public void Chosen_fields_and_capture_filter()
    {
        var capture = FlowStoreContractFixture<TBackend>.Source(FlowStoreContractFixture<TBackend>.Captures[1]);
        var hits = Store.Search(new FlowQuery { Captures = [capture.Id], Fields = ["source.ip", "pcap.capture.file", "no.such"] });
        Assert.Equal(FlowStoreContractFixture<TBackend>.FlowsOf(FlowStoreContractFixture<TBackend>.Captures[1]).Count, hits.Total);
        Assert.All(hits.Hits, h => Assert.Equal(capture.FileName, h.Fields["pcap.capture.file"]));
        Assert.All(hits.Hits, h => Assert.Subset(new HashSet<string> { "source.ip", "pcap.capture.file" }, h.Fields.Keys.ToHashSet()));
        Assert.Contains(hits.Warnings, w => w.Contains("no.such", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Refusals_are_clear()
    {
        Assert.Throws<FlowQueryException>(() => Store.Search(new FlowQuery { After = "not-a-cursor" }));
        Assert.Throws<FlowQueryException>(() => Store.Search(new FlowQuery { SortField = "network.protocol" }));
        Assert.Throws<FlowQueryException>(() => Store.Search(new FlowQuery { SortField = "nope" }));
        Assert.Throws<FlowQueryException>(() => Store.Search(new FlowQuery { Limit = 0 }));
        Assert.Throws<Query.KqlSyntaxException>(() => Store.Search(new FlowQuery { Kql = "source.ip:" }));
    }

    [SkippableFact]
    public void Facets_on_lists_and_with_a_query()
    {
        var facets = Store.Facets(new FlowQuery { Kql = "network.transport:tcp" }, ["network.protocol", "destination.port"], 10);
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
