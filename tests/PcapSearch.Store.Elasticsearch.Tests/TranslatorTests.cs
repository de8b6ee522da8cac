using System.Text.Json.Nodes;
using PcapSearch.Query;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Elasticsearch.Dsl;

namespace PcapSearch.Store.Elasticsearch.Tests;

/// <summary>KQL to query DSL without a server: the clause for many queries, the warnings, and user input only as JSON values.</summary>
public sealed class TranslatorTests
{
    private static DslQuery T(string kql) => KqlToElasticsearch.Translate(kql, FlowCatalog.Flows);

    private static string Dsl(string kql) => T(kql).Query.ToJsonString();

    [Theory]
    [InlineData("", """{"match_all":{}}""")]
    [InlineData("*", """{"match_all":{}}""")]
    [InlineData("*:*", """{"match_all":{}}""")]
    [InlineData("network.transport:tcp", """{"term":{"network.transport":{"value":"tcp"}}}""")]
    [InlineData("network.transport:\"tcp\"", """{"term":{"network.transport":{"value":"tcp"}}}""")]
    [InlineData("network.transport:t*p", """{"wildcard":{"network.transport":{"value":"t*p"}}}""")]
    [InlineData("network.protocol:dns", """{"term":{"network.protocol":{"value":"dns"}}}""")]
    [InlineData("url.original:login", """{"wildcard":{"url.original":{"value":"*login*","case_insensitive":true}}}""")]
    [InlineData("url.original:/a*b", """{"wildcard":{"url.original":{"value":"/a*b","case_insensitive":true}}}""")]
    [InlineData("destination.port:443", """{"term":{"destination.port":{"value":443}}}""")]
    [InlineData("destination.port >= 1024", """{"range":{"destination.port":{"gte":1024}}}""")]
    [InlineData("network.bytes < 1.5", """{"range":{"network.bytes":{"lt":1.5}}}""")]
    [InlineData("source.ip:10.0.0.1", """{"term":{"source.ip":{"value":"10.0.0.1"}}}""")]
    [InlineData("source.ip:10.0.0.0/8", """{"term":{"source.ip":{"value":"10.0.0.0/8"}}}""")]
    [InlineData("source.ip:\"2001:db8::/32\"", """{"term":{"source.ip":{"value":"2001:db8::/32"}}}""")]
    [InlineData("source.ip > 10.0.0.1", """{"range":{"source.ip":{"gt":"10.0.0.1"}}}""")]
    [InlineData("source.port:*", """{"exists":{"field":"source.port"}}""")]
    [InlineData("not network.transport:tcp", """{"bool":{"must_not":[{"term":{"network.transport":{"value":"tcp"}}}]}}""")]
    [InlineData("a.b:1 or network.transport:tcp", """{"bool":{"should":[{"match_none":{}},{"term":{"network.transport":{"value":"tcp"}}}],"minimum_should_match":1}}""")]
    [InlineData("network.transport:udp or network.transport:tcp and network.type:ipv6",
        """{"bool":{"should":[{"term":{"network.transport":{"value":"udp"}}},{"bool":{"filter":[{"term":{"network.transport":{"value":"tcp"}}},{"term":{"network.type":{"value":"ipv6"}}}]}}],"minimum_should_match":1}}""")]
    [InlineData("network.transport:(udp or tcp)",
        """{"bool":{"should":[{"term":{"network.transport":{"value":"udp"}}},{"term":{"network.transport":{"value":"tcp"}}}],"minimum_should_match":1}}""")]
    [InlineData("network:{ transport:tcp }", """{"term":{"network.transport":{"value":"tcp"}}}""")]
    [InlineData("ip:10.0.0.1", """{"bool":{"should":[{"term":{"source.ip":{"value":"10.0.0.1"}}},{"term":{"destination.ip":{"value":"10.0.0.1"}}}],"minimum_should_match":1}}""")]
    [InlineData("port > 1023", """{"bool":{"should":[{"range":{"source.port":{"gt":1023}}},{"range":{"destination.port":{"gt":1023}}}],"minimum_should_match":1}}""")]
    [InlineData("mac:*", """{"bool":{"should":[{"exists":{"field":"source.mac"}},{"exists":{"field":"destination.mac"}}],"minimum_should_match":1}}""")]
    [InlineData("source.mac:\"00:11:22:aa:bb:cc\"", """{"term":{"source.mac":{"value":"00-11-22-AA-BB-CC"}}}""")]
    [InlineData("source.mac:00\\:11*", """{"wildcard":{"source.mac":{"value":"00-11*"}}}""")]
    [InlineData("host:example.com",
        """{"bool":{"should":[{"term":{"dns.question.name":{"value":"example.com"}}},{"term":{"url.domain":{"value":"example.com"}}},{"term":{"tls.client.server_name":{"value":"example.com"}}}],"minimum_should_match":1}}""")]
    [InlineData("host:10.0.0.0/8",
        """{"bool":{"should":[{"term":{"source.ip":{"value":"10.0.0.0/8"}}},{"term":{"destination.ip":{"value":"10.0.0.0/8"}}}],"minimum_should_match":1}}""")]
    [InlineData("@timestamp >= now-15m", """{"range":{"@timestamp":{"gte":"now-15m"}}}""")]
    [InlineData("@timestamp < \"2024-01-01\"", """{"range":{"@timestamp":{"lt":"2024-01-01T00:00:00.000000000Z"}}}""")]
    [InlineData("@timestamp <= \"2024-01-01\"", """{"range":{"@timestamp":{"lte":"2024-01-01T23:59:59.999999999Z"}}}""")]
    [InlineData("@timestamp:2024-05-17", """{"range":{"@timestamp":{"gte":"2024-05-17T00:00:00.000000000Z","lte":"2024-05-17T23:59:59.999999999Z"}}}""")]
    [InlineData("@timestamp:2024-05", """{"range":{"@timestamp":{"gte":"2024-05-01T00:00:00.000000000Z","lte":"2024-05-31T23:59:59.999999999Z"}}}""")]
    [InlineData("event.start > \"2024-05-17T10:00:00+02:00||/h\"", """{"range":{"event.start":{"gt":"2024-05-17T08:59:59.999999999Z"}}}""")]
    [InlineData("event.end:now/d", """{"range":{"event.end":{"gte":"now/d","lte":"now/d"}}}""")]
    [InlineData("source.p*:80", """{"bool":{"should":[{"term":{"source.port":{"value":80}}},{"term":{"source.packets":{"value":80}}}],"minimum_should_match":1}}""")]
    [InlineData("dns.question.name:*.example.com", """{"wildcard":{"dns.question.name":{"value":"*.example.com"}}}""")]
    [InlineData("dns.question.name:a\\*b\\?", """{"term":{"dns.question.name":{"value":"a*b?"}}}""")]
    [InlineData("dns.question.name:a\\*b\\?*", """{"wildcard":{"dns.question.name":{"value":"a\\*b\\?*"}}}""")]
    [InlineData("dns.question.name:a\\*b?", """{"wildcard":{"dns.question.name":{"value":"a\\*b?"}}}""")]
    [InlineData("dns.question.name:web?1", """{"wildcard":{"dns.question.name":{"value":"web?1"}}}""")]
    [InlineData("network.transport:?c?", """{"wildcard":{"network.transport":{"value":"?c?"}}}""")]
    [InlineData("network.transport:\"t?p\"", """{"term":{"network.transport":{"value":"t?p"}}}""")]
    [InlineData("url.original:/a?b=\\?", """{"wildcard":{"url.original":{"value":"/a?b=\\?","case_insensitive":true}}}""")]
    [InlineData("url.original:\"/a?b\"", """{"wildcard":{"url.original":{"value":"*/a\\?b*","case_insensitive":true}}}""")]
    [InlineData("source.mac:00\\:1?\\:a*", """{"wildcard":{"source.mac":{"value":"00-1?-A*"}}}""")]
    [InlineData("source.?ort:80", """{"term":{"source.port":{"value":80}}}""")]
    public void Query_dsl(string kql, string dsl) => Assert.Equal(dsl, Dsl(kql));

    [Fact]
    public void A_bare_value_searches_the_fields_it_can_be()
    {
        var word = (JsonObject)JsonNode.Parse(Dsl("evil.example"))!;
        var fields = word["bool"]!["should"]!.AsArray().Select(c => c!.AsObject().First().Value!.AsObject().First().Key).ToList();
        Assert.Contains("dns.question.name", fields);
        Assert.Contains("url.original", fields);
        Assert.DoesNotContain("source.ip", fields);
        Assert.DoesNotContain("destination.port", fields);

        var address = (JsonObject)JsonNode.Parse(Dsl("10.0.0.5"))!;
        var addressFields = address["bool"]!["should"]!.AsArray().Select(c => c!.AsObject().First().Value!.AsObject().First().Key).ToList();
        Assert.Contains("source.ip", addressFields);
        Assert.Contains("dns.resolved_ip", addressFields);
        Assert.Contains("network.community_id", addressFields);
        Assert.Empty(T("10.0.0.5").Warnings);
    }

    [Theory]
    [InlineData("no.such.field:1", "no.such.field")]
    [InlineData("nothing*:1", "nothing*")]
    [InlineData("source.ip:not-an-address", "an IP address")]
    [InlineData("source.ip:10.0.0.?", "an IP address")]
    [InlineData("destination.port:http", "a whole number")]
    [InlineData("@timestamp:yesterday", "a date")]
    [InlineData("destination.port > abc", "destination.port")]
    public void Fields_and_values_no_document_has_match_nothing_with_a_warning(string kql, string named)
    {
        var query = T(kql);
        Assert.Equal("""{"match_none":{}}""", query.Query.ToJsonString());
        Assert.Contains(query.Warnings, w => w.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void The_warnings_agree_with_the_embedded_translator()
    {
        foreach (string kql in new[] { "no.such.field:1 or x:2", "source.ip:abc", "destination.port:http", "port > abc", "foo*:1" })
        {
            var sql = Sql.KqlToDuckDb.Translate(kql, FlowCatalog.Flows, DateTimeOffset.UnixEpoch);
            Assert.Equal(sql.Warnings, T(kql).Warnings);
        }
    }

    [Theory]
    [InlineData("tcp\" } }, \"match_all\": { \"x")]
    [InlineData("a\\\\\"b")]
    [InlineData("{\"script\":{\"source\":\"x\"}}")]
    public void User_input_stays_a_json_value(string evil)
    {
        var node = new KqlMatch(KqlField.Named("network.transport"), KqlValue.Phrase(evil));
        var dsl = KqlToElasticsearch.Translate(node, FlowCatalog.Flows).Query;
        Assert.Equal(evil, dsl["term"]!["network.transport"]!["value"]!.GetValue<string>());
        var reparsed = JsonNode.Parse(dsl.ToJsonString())!;
        Assert.Equal(evil, reparsed["term"]!["network.transport"]!["value"]!.GetValue<string>());
        Assert.Single(reparsed.AsObject());
    }

    [Fact]
    public void A_bare_value_in_a_nested_group_is_refused() =>
        Assert.Throws<FlowQueryException>(() => T("network:{ tcp }"));

    [Fact]
    public void Malformed_kql_is_refused_with_the_column() =>
        Assert.Equal(19, Assert.Throws<KqlSyntaxException>(() => T("network.transport:")).Column);

    [Fact]
    public void The_store_filter_adds_the_time_range_and_captures()
    {
        var query = new FlowQuery { Kql = "network.transport:tcp", From = "now-15m", To = "2024-05-18", Captures = ["c1"] };
        var filter = ElasticsearchFlowStore.Filter(query, FlowCatalog.Flows, DateTimeOffset.UnixEpoch);
        Assert.Equal(
            """{"bool":{"filter":[{"term":{"network.transport":{"value":"tcp"}}},{"range":{"@timestamp":{"gte":"now-15m","lt":"2024-05-18"}}},{"terms":{"pcap.capture.id":["c1"]}}]}}""",
            filter.Query.ToJsonString());
        Assert.Equal("""{"match_all":{}}""", ElasticsearchFlowStore.Filter(new FlowQuery(), FlowCatalog.Flows, DateTimeOffset.UnixEpoch).Query.ToJsonString());
        var bad = Assert.Throws<FlowQueryException>(() => ElasticsearchFlowStore.Filter(new FlowQuery { From = "last tuesday" }, FlowCatalog.Flows, DateTimeOffset.UnixEpoch));
        Assert.Contains("last tuesday", bad.Message);
    }
}
