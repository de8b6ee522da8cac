using PcapSearch.Query;
using PcapSearch.Store.Catalog;
using PcapSearch.Store.Sql;

namespace PcapSearch.Store.Tests;

/// <summary>KQL to SQL without a database: the SQL text and the parameters, for many queries.</summary>
public sealed class TranslatorTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 17, 13, 45, 30, TimeSpan.Zero);

    private static SqlPredicate T(string kql) => KqlToDuckDb.Translate(kql, FlowCatalog.Flows, Now);

    private static long Ns(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) =>
        (new DateTime(y, mo, d, h, mi, s, DateTimeKind.Utc).Ticks - DateTime.UnixEpoch.Ticks) * 100;

    private static UInt128 Ip(string text) => IpValue.TryParse(text, out var v) ? v : throw new ArgumentException(text);

    [Theory]
    [InlineData("", "TRUE")]
    [InlineData("*", "TRUE")]
    [InlineData("*:*", "TRUE")]
    [InlineData("network.transport:tcp", "\"network.transport\" = $1")]
    [InlineData("network.transport:\"tcp\"", "\"network.transport\" = $1")]
    [InlineData("network.transport:t*p", "\"network.transport\" LIKE $1 ESCAPE '\\'")]
    [InlineData("network.transport:t?p", "\"network.transport\" LIKE $1 ESCAPE '\\'")]
    [InlineData("network.transport:t\\?p", "\"network.transport\" = $1")]
    [InlineData("network.transport:\"t?p\"", "\"network.transport\" = $1")]
    [InlineData("url.original:/a?b", "len(list_filter(\"url.original\", x -> x ILIKE $1 ESCAPE '\\')) > 0")]
    [InlineData("source.?ort:80", "\"source.port\" = $1")]
    [InlineData("network.protocol:dns", "list_contains(\"network.protocol\", $1)")]
    [InlineData("network.protocol:d*", "len(list_filter(\"network.protocol\", x -> x LIKE $1 ESCAPE '\\')) > 0")]
    [InlineData("url.original:login", "len(list_filter(\"url.original\", x -> x ILIKE $1 ESCAPE '\\')) > 0")]
    [InlineData("destination.port:443", "\"destination.port\" = $1")]
    [InlineData("http.response.status_code:404", "list_contains(\"http.response.status_code\", $1)")]
    [InlineData("destination.port >= 1024", "\"destination.port\" >= $1")]
    [InlineData("http.response.status_code >= 500", "len(list_filter(\"http.response.status_code\", x -> x >= $1)) > 0")]
    [InlineData("source.ip:10.0.0.1", "\"source.ip\" = CAST($1 AS UHUGEINT)")]
    [InlineData("source.ip:10.0.0.0/8", "\"source.ip\" BETWEEN CAST($1 AS UHUGEINT) AND CAST($2 AS UHUGEINT)")]
    [InlineData("dns.resolved_ip:10.0.0.0/8", "len(list_filter(\"dns.resolved_ip\", x -> x BETWEEN CAST($1 AS UHUGEINT) AND CAST($2 AS UHUGEINT))) > 0")]
    [InlineData("source.ip > 10.0.0.1", "\"source.ip\" > CAST($1 AS UHUGEINT)")]
    [InlineData("source.port:*", "\"source.port\" IS NOT NULL")]
    [InlineData("dns.question.name:*", "len(\"dns.question.name\") > 0")]
    [InlineData("not network.transport:tcp", "(NOT coalesce(\"network.transport\" = $1, FALSE))")]
    [InlineData("a.b:1 or network.transport:tcp", "(FALSE OR \"network.transport\" = $1)")]
    [InlineData("network.transport:udp or network.transport:tcp and network.type:ipv6",
        "(\"network.transport\" = $1 OR (\"network.transport\" = $2 AND \"network.type\" = $3))")]
    [InlineData("(network.transport:udp or network.transport:tcp) and network.type:ipv6",
        "((\"network.transport\" = $1 OR \"network.transport\" = $2) AND \"network.type\" = $3)")]
    [InlineData("network.transport:(udp or tcp)", "(\"network.transport\" = $1 OR \"network.transport\" = $2)")]
    [InlineData("network:{ transport:tcp }", "\"network.transport\" = $1")]
    [InlineData("ip:10.0.0.1", "(\"source.ip\" = CAST($1 AS UHUGEINT) OR \"destination.ip\" = CAST($2 AS UHUGEINT))")]
    [InlineData("port:53", "(\"source.port\" = $1 OR \"destination.port\" = $2)")]
    [InlineData("port > 1023", "(\"source.port\" > $1 OR \"destination.port\" > $2)")]
    [InlineData("mac:*", "(\"source.mac\" IS NOT NULL OR \"destination.mac\" IS NOT NULL)")]
    [InlineData("host:example.com", "(list_contains(\"dns.question.name\", $1) OR list_contains(\"url.domain\", $2) OR \"tls.client.server_name\" = $3)")]
    [InlineData("host:\"2001:db8::/32\"", "(\"source.ip\" BETWEEN CAST($1 AS UHUGEINT) AND CAST($2 AS UHUGEINT) OR \"destination.ip\" BETWEEN CAST($3 AS UHUGEINT) AND CAST($4 AS UHUGEINT))")]
    [InlineData("@timestamp >= now-15m", "\"@timestamp\" >= $1")]
    [InlineData("source.p*:80", "(\"source.port\" = $1 OR \"source.packets\" = $2)")]
    public void Sql_text(string kql, string sql) => Assert.Equal(sql, T(kql).Sql);

    [Fact]
    public void Values_are_parameters_never_text()
    {
        var evil = "tcp' OR '1'='1\"; DROP TABLE flows; --";
        var result = KqlToDuckDb.Translate(new KqlMatch(KqlField.Named("network.transport"), KqlValue.Phrase(evil)), FlowCatalog.Flows, Now);
        Assert.Equal("\"network.transport\" = $1", result.Sql);
        Assert.Equal([evil], result.Parameters);
        var bare = T("\"x' OR TRUE --\"");
        Assert.DoesNotContain("OR TRUE --", bare.Sql);
        Assert.All(bare.Parameters, p => Assert.True(p is string s && s.Contains("x' OR TRUE --", StringComparison.Ordinal)));
    }

    [Fact]
    public void Wildcards_escape_like_metacharacters()
    {
        Assert.Equal(["a\\%b\\_c%d\\\\e_"], T("url.domain:a%b_c*d\\\\e?").Parameters);
        Assert.Equal(["a?b_"], T("url.domain:a\\?b?").Parameters);
        Assert.Equal(["_\\_%"], T("network.transport:?_*").Parameters);
        Assert.Equal(["%50\\%%"], T("user_agent.original:\"50%\"").Parameters);
        Assert.Equal(["%%"], T("network.transport:**").Parameters);
    }

    [Fact]
    public void Cidr_and_addresses_as_numeric_ranges()
    {
        Assert.Equal([Ip("10.0.0.0"), Ip("10.255.255.255")], T("source.ip:10.0.0.0/8").Parameters);
        Assert.Equal([Ip("2001:db8::"), Ip("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")], T("source.ip:\"2001:db8::/32\"").Parameters);
        Assert.Equal([Ip("::ffff:192.168.1.7")], T("source.ip:192.168.1.7").Parameters);
        Assert.Equal(Ip("192.168.1.7"), Ip("::ffff:192.168.1.7"));
        Assert.Equal([UInt128.Zero, UInt128.MaxValue], T("source.ip:\"::/0\"").Parameters);
        Assert.True(Ip("9.255.255.255") < Ip("10.0.0.0") && Ip("255.255.255.255") < Ip("2001:db8::"));
    }

    [Theory]
    [InlineData("source.ip:10")]
    [InlineData("source.ip:10.0.0.0/33")]
    [InlineData("source.ip:10.*")]
    [InlineData("source.ip:10.0.0.?")]
    [InlineData("destination.port:http")]
    [InlineData("destination.port >= many")]
    [InlineData("@timestamp:yesterday")]
    public void Values_a_field_cannot_hold_match_nothing_with_a_warning(string kql)
    {
        var result = T(kql);
        Assert.Equal("FALSE", result.Sql);
        Assert.Single(result.Warnings);
        Assert.Empty(result.Parameters);
    }

    [Fact]
    public void Unknown_fields_warn_and_match_nothing()
    {
        var result = T("no.such:1 and nope*:2 and network.transport:tcp");
        Assert.Equal("(FALSE AND FALSE AND \"network.transport\" = $1)", result.Sql);
        Assert.Contains(result.Warnings, w => w.Contains("'no.such'", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("'nope*'", StringComparison.Ordinal));
    }

    [Fact]
    public void Bare_values_search_keyword_text_and_ip_fields_they_fit()
    {
        var word = T("example.com");
        Assert.DoesNotContain("UHUGEINT", word.Sql);
        Assert.Contains("\"tls.client.server_name\" = ", word.Sql);
        Assert.Contains("ILIKE", word.Sql);
        Assert.DoesNotContain("\"source.port\"", word.Sql);
        var address = T("10.1.2.3");
        Assert.Contains("\"source.ip\" = CAST(", address.Sql);
        Assert.Contains("list_contains(\"dns.resolved_ip\", CAST(", address.Sql);
        Assert.Empty(address.Warnings);
        Assert.Equal(T("*:example.com").Sql, word.Sql);
    }

    [Fact]
    public void Mac_values_are_normalised_to_the_document_spelling()
    {
        Assert.Equal(["00-1A-2B-3C-4D-5E", "00-1A-2B-3C-4D-5E"], T("mac:\"00:1a:2b:3c:4d:5e\"").Parameters);
        Assert.Equal(["00-1A-2B%"], T("source.mac:00\\:1a\\:2b*").Parameters);
        Assert.Equal(["00-1_-A%"], T("source.mac:00\\:1?\\:a*").Parameters);
    }

    [Fact]
    public void Date_ranges_with_math_and_rounding()
    {
        Assert.Equal([Ns(2024, 5, 17, 13, 30, 30)], T("@timestamp >= now-15m").Parameters);
        Assert.Equal([Ns(2024, 5, 17)], T("@timestamp >= now/d").Parameters);
        Assert.Equal([Ns(2024, 5, 18) - 1], T("@timestamp <= now/d").Parameters);
        Assert.Equal([Ns(2024, 5, 18) - 1], T("@timestamp > now/d").Parameters);
        Assert.Equal([Ns(2024, 5, 17)], T("@timestamp < now/d").Parameters);
        Assert.Equal([Ns(2024, 1, 1)], T("@timestamp < \"2024-01-01\"").Parameters);
        Assert.Equal([Ns(2024, 1, 2) - 1], T("@timestamp <= \"2024-01-01\"").Parameters);
        Assert.Equal([Ns(2024, 1, 1), Ns(2024, 1, 2) - 1], T("@timestamp:\"2024-01-01\"").Parameters);
        Assert.Equal([Ns(2024, 3, 1, 10, 0, 0) + 123_456_789], T("event.start >= \"2024-03-01T12:00:00.123456789+02:00\"").Parameters);
        Assert.Equal([Ns(2024, 2, 1)], T("@timestamp >= \"2024-01-31||+1d\"").Parameters);
        Assert.Equal([Ns(2024, 5, 13)], T("@timestamp >= now/w").Parameters);
        Assert.Equal([Ns(2024, 4, 1)], T("@timestamp >= now-1M/M").Parameters);
    }

    [Theory]
    [InlineData("now", true)]
    [InlineData("now-1h/h", true)]
    [InlineData("now+2d", true)]
    [InlineData("2024", true)]
    [InlineData("2024-05", true)]
    [InlineData("2024-05-17T13:45", true)]
    [InlineData("2024-05-17 13:45:30Z", true)]
    [InlineData("1715953530000", true)]
    [InlineData("2024-02-30", false)]
    [InlineData("now-", false)]
    [InlineData("now-1q", false)]
    [InlineData("yesterday", false)]
    [InlineData("2024-05-17T25:00", false)]
    public void Date_math_accepts_what_elasticsearch_accepts(string text, bool valid) =>
        Assert.Equal(valid, DateMath.TryParse(text, Now, roundUp: false, out _));

    [Fact]
    public void Nested_groups_refuse_bare_values_and_patterns()
    {
        Assert.Throws<FlowQueryException>(() => T("network:{ tcp }"));
        Assert.Throws<FlowQueryException>(() => T("net*:{ transport:tcp }"));
    }

    [Fact]
    public void Parameters_are_numbered_in_order()
    {
        var result = T("destination.port:80 and network.transport:tcp and source.ip:10.0.0.0/8");
        Assert.Equal("(\"destination.port\" = $1 AND \"network.transport\" = $2 AND \"source.ip\" BETWEEN CAST($3 AS UHUGEINT) AND CAST($4 AS UHUGEINT))", result.Sql);
        Assert.Equal([80L, "tcp", Ip("10.0.0.0"), Ip("10.255.255.255")], result.Parameters);
    }
}
